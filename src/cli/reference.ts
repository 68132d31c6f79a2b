import { join } from "node:path"
import { UsageError } from "../errors"
import type { DeclaredTiming } from "../harness/timing"
import { packageRoot } from "../package-root"

export interface Reference {
  heartbeatMs: number
  liveness: number
  requestExpiryMs?: number
  start(timing: DeclaredTiming): string
}

const marque = `"${process.execPath}" "${join(packageRoot, "bin/marque.js")}"`

/**
 * marque's own peers as IUTs, with short timings so the full suite runs in
 * seconds. The judge only sees a command line, as for any third-party IUT.
 */
const references: Record<string, Reference> = {
  "mdp/0.1 broker": {
    heartbeatMs: 150,
    liveness: 3,
    requestExpiryMs: 600,
    start: t =>
      `exec ${marque} broker --bind {endpoint} --heartbeat-ms ${t.heartbeatMs} --liveness ${t.liveness} --request-expiry-ms ${t.requestExpiryMs ?? 600} --log-level warn`,
  },
}

export function referenceFor(protocol: string, role: string): Reference {
  const r = references[`${protocol} ${role}`]
  if (!r) throw new UsageError(`no reference implementation for ${protocol} ${role} (have: ${Object.keys(references).join(", ")})`)
  return r
}
