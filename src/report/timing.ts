import type { TranscriptEntry } from "../harness/transcript"
import type { RequirementResult } from "../harness/verdicts"
import { actualOf } from "./cause"

/** Expected against seen timing of one failure, in words, from its text and transcript. */
export interface TimingView {
  expected?: string
  seen?: string
}

/**
 * Failure texts name the peer and the wait ("nothing of the kind reached
 * client c1 within 300 ms", "worker w1 received HEARTBEAT: …"); the
 * transcript has when that peer last spoke and when the IUT answered.
 */
export function timingOf(
  r: Pick<RequirementResult, "detail" | "transcript">,
): TimingView {
  const actual = actualOf(r.detail)
  const expectedLine = /^Expected: (.*)$/m.exec(r.detail)?.[1] ?? ""
  const within = /within (\d+) ms/.exec(`${expectedLine} ${actual}`)
  const out: TimingView = {}
  if (within) out.expected = `within ${within[1]} ms`
  const silent = /reached (.+?) within (\d+) ms/.exec(actual)
  if (silent) {
    const sent = lastBefore(r.transcript, silent[1], "send", Infinity)
    out.seen = sent
      ? `nothing in ${silent[2]} ms; ${silent[1]} last sent at t=${sent.t} ms`
      : `nothing in ${silent[2]} ms`
    return out
  }
  const got = /^(.+?) received /.exec(actual)
  if (got) {
    const recv = lastBefore(r.transcript, got[1], "recv", Infinity)
    if (!recv) return out
    const sent = lastBefore(r.transcript, got[1], "send", recv.t)
    out.seen = sent
      ? `at t=${recv.t} ms, ${recv.t - sent.t} ms after ${got[1]} last sent (t=${sent.t} ms)`
      : `at t=${recv.t} ms`
  }
  return out
}

function lastBefore(
  t: readonly TranscriptEntry[],
  peer: string,
  dir: "send" | "recv",
  before: number,
): TranscriptEntry | undefined {
  let found: TranscriptEntry | undefined
  for (const e of t)
    if (e.peer === peer && e.dir === dir && e.t <= before) found = e
  return found
}
