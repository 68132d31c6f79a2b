import type { WorkerFault } from "./faults"
import type { WorkerDialect } from "./worker-dialect"

/**
 * What the worker's fault switches change, worked out once when the worker
 * is made, so that serving a request asks no fault question: the framing
 * fault is built into the dialect, the rest are flags read when a
 * connection opens, on a timer tick, or on DISCONNECT.
 */
export interface WorkerFaultPlan {
  /** The version's dialect with drop-address-delimiter built in. */
  readonly dialect: WorkerDialect
  /** ready-late (MDP-24): one HEARTBEAT before READY. */
  readonly heartbeatBeforeReady: boolean
  /** double-ready (MDP-27): READY twice. */
  readonly readyTwice: boolean
  /** Off with no-heartbeat (MDP-43). */
  readonly heartbeat: boolean
  /** Off with no-reconnect (MDP-44): a silent broker is never taken as gone. */
  readonly expireBroker: boolean
  /** Off with ignore-disconnect (MDP-35). */
  readonly obeyDisconnect: boolean
}

export function workerFaultPlan(
  faults: ReadonlySet<WorkerFault>,
  plain: WorkerDialect,
): WorkerFaultPlan {
  return {
    dialect: faults.has("drop-address-delimiter")
      ? withoutDelimiter(plain)
      : plain,
    heartbeatBeforeReady: faults.has("ready-late"),
    readyTwice: faults.has("double-ready"),
    heartbeat: !faults.has("no-heartbeat"),
    expireBroker: !faults.has("no-reconnect"),
    obeyDisconnect: !faults.has("ignore-disconnect"),
  }
}

/**
 * Fault drop-address-delimiter breaks MDP-38 (MDP2-40): the empty frame
 * after the client address, the one right before the body, is left out of
 * every REPLY (PARTIAL and FINAL).
 */
function withoutDelimiter(plain: WorkerDialect): WorkerDialect {
  return {
    ...plain,
    answer(client, body, final) {
      const frames = plain.answer(client, body, final)
      frames.splice(frames.length - body.length - 1, 1)
      return frames
    },
  }
}
