import { setTimeout as sleep } from "node:timers/promises"
import { MalformedStream } from "./mutations"
import { describeExit } from "./peer-process"
import type { Settled } from "./result"
import { startTarget } from "./start-target"
import type { Target } from "./target"

/** The one message that broke a fresh peer, replayed alone. */
export interface Culprit {
  readonly index: number
  readonly name: string
  readonly rule: string
  /** What the peer did: exited, stopped answering, logged an error. */
  readonly effect: string
}

export interface Triage {
  /** The stream stretch replayed, both ends included. */
  readonly from: number
  readonly to: number
  /** Malformed messages replayed before the culprit showed (or in all). */
  readonly tried: number
  readonly culprit?: Culprit
}

/**
 * Replays stream indexes from..to against a fresh peer one message at a
 * time, each followed by an honest round trip on the same connection, and
 * stops at the first message after which the peer exits, misses the
 * deadline or logs an error. Slow (a round trip per message) but exact:
 * a flood only tells that something in the last thousands of messages did
 * it. Finds nothing when the damage needs many messages (a leak) or speed.
 */
export async function triage(
  o: Settled,
  from: number,
  to: number,
): Promise<Triage> {
  const target = await startTarget(o)
  const { peer } = target
  const stream = new MalformedStream(o.wire, o.seed, o.target, from)
  let tried = 0
  try {
    for (;;) {
      const { index, mutation } = stream.next()
      if (index > to) return { from, to, tried }
      if (++tried % 2000 === 0)
        o.progress?.(
          `${o.target}: replayed ${tried} messages, up to #${index} of ${to}`,
        )
      const ms = await target
        .lockstep(mutation.frames, o.deadlineMs)
        .catch(() => undefined)
      const effect = await effectOf(target, ms, o.deadlineMs)
      if (effect) {
        const { name, rule } = mutation
        return { from, to, tried, culprit: { index, name, rule, effect } }
      }
    }
  } finally {
    await target.close()
    await peer.stop()
  }
}

async function effectOf(
  { peer }: Target,
  ms: number | undefined,
  deadlineMs: number,
): Promise<string | undefined> {
  if (ms === undefined) {
    // A crash shows as a missed round trip first; give the exit a moment.
    await Promise.race([peer.exited, sleep(500)])
    if (peer.exit) return `exited (${describeExit(peer.exit)})`
    return `answered no honest request within ${deadlineMs} ms`
  }
  if (peer.errors.length > 0) return `logged ${peer.errors[0]}`
  return undefined
}
