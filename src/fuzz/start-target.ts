import type { Settled } from "./result"
import type { Target } from "./target"

/** Starts the peer a run attacks, with its honest parties, as its protocol module says. */
export function startTarget(o: Settled): Promise<Target> {
  return o.spec.targets[o.target]({ ...o, startMs: 10_000 })
}
