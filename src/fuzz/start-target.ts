import { startBrokerTarget } from "./broker-target"
import type { Settled } from "./result"
import type { Target } from "./target"
import { startWorkerTarget } from "./worker-target"

/** Starts the peer a run attacks, with its honest parties. */
export function startTarget(o: Settled): Promise<Target> {
  const start = o.target === "broker" ? startBrokerTarget : startWorkerTarget
  return start({ ...o, startMs: 10_000 })
}
