import { join } from "node:path"
import { UsageError } from "../errors"
import type { DeclaredTiming } from "../harness/timing"
import { packageRoot } from "../package-root"

export interface Reference {
  heartbeatMs: number
  liveness: number
  requestExpiryMs?: number
  reconnectMs?: number
  clientTimeoutMs?: number
  clientRetries?: number
  workerBusyMs?: number
  start(timing: DeclaredTiming): string
}

const marque = `"${process.execPath}" "${join(packageRoot, "bin/marque.js")}"`

/**
 * marque's own peers as IUTs, with short timings so the full suite runs in
 * seconds. The judge only sees a command line, as for any third-party IUT.
 */
function references(): Record<string, Reference> {
  const out: Record<string, Reference> = {}
  for (const protocol of ["mdp/0.1", "mdp/0.2"]) {
    const v = `--protocol ${protocol}`
    out[`${protocol} broker`] = {
      heartbeatMs: 150,
      liveness: 3,
      requestExpiryMs: 600,
      start: t =>
        `exec ${marque} broker ${v} --bind {endpoint} --heartbeat-ms ${t.heartbeatMs} --liveness ${t.liveness} --request-expiry-ms ${t.requestExpiryMs ?? 600} --log-level warn`,
    }
    out[`${protocol} worker`] = {
      heartbeatMs: 150,
      liveness: 3,
      reconnectMs: 150,
      workerBusyMs: 500,
      start: t =>
        `exec ${marque} worker ${v} --connect {endpoint} --service {service} --heartbeat-ms ${t.heartbeatMs} --liveness ${t.liveness} --reconnect-ms ${t.reconnectMs ?? 150} --busy-ms ${t.workerBusyMs ?? 0} --log-level warn`,
    }
    out[`${protocol} client`] = {
      heartbeatMs: 150,
      liveness: 3,
      clientTimeoutMs: 300,
      clientRetries: 3,
      start: t =>
        `exec ${marque} client ${v} --connect {endpoint} --service {service} --timeout-ms ${t.clientTimeoutMs ?? 300} --retries ${t.clientRetries ?? 3} --log-level warn {body}`,
    }
  }
  return out
}

export function referenceFor(protocol: string, role: string): Reference {
  const all = references()
  const r = all[`${protocol} ${role}`]
  if (!r)
    throw new UsageError(
      `no reference implementation for ${protocol} ${role} (have: ${Object.keys(all).join(", ")})`,
    )
  return r
}
