import type { TranscriptEntry } from "../harness/transcript"
import type { RequirementResult } from "../harness/verdicts"

/**
 * When most failures read the same once peer names and numbers are set
 * aside, they are one finding, not many: a broker that routes no client
 * REQUEST fails every MUST that needs a reply, each by a timeout. The report
 * leads with that finding and the frames the IUT left unanswered.
 */
export interface CommonCause {
  /** The shared "Actual:" text, peers and numbers generalised. */
  cause: string
  ids: string[]
  /** Failures in all (fail and non-strict). */
  of: number
  /** The first requirement of the group: its transcript shows the cause. */
  example: RequirementResult
  /** What the suite sent that its peer never got an answer to afterwards. */
  unanswered: TranscriptEntry[]
  /** The IUT sent no frame at all in any of the group's transcripts. */
  silent: boolean
}

/** The smallest group worth leading with: one or two alike failures are not a pattern. */
const minGroup = 3

export function commonCause(
  reqs: readonly RequirementResult[],
): CommonCause | undefined {
  const failed = reqs.filter(
    r => r.verdict === "fail" || r.verdict === "non-strict",
  )
  const peers = new Set(failed.flatMap(r => r.transcript.map(e => e.peer)))
  const groups = new Map<string, RequirementResult[]>()
  for (const r of failed) {
    const key = causeKey(actualOf(r.detail), peers)
    groups.set(key, [...(groups.get(key) ?? []), r])
  }
  const [cause, group] = [...groups].sort(
    (a, b) => b[1].length - a[1].length,
  )[0] ?? ["", []]
  if (group.length < minGroup || group.length * 2 < failed.length)
    return undefined
  const example = group.find(r => r.transcript.length > 1) ?? group[0]
  return {
    cause,
    ids: group.map(r => r.id),
    of: failed.length,
    example,
    unanswered: unanswered(example.transcript),
    silent: saidNothing(group),
  }
}

/** The "Actual:" line of a verdict detail, or its last line. */
export function actualOf(detail: string): string {
  const lines = detail.split("\n").filter(l => l.trim())
  const actual = lines.find(l => l.startsWith("Actual: "))
  return (actual ?? lines[lines.length - 1] ?? "").replace(/^Actual: /, "")
}

function causeKey(actual: string, peers: ReadonlySet<string>): string {
  let key = actual
  // Longest names first, so "load client 0" goes before "client".
  for (const p of [...peers].sort((a, b) => b.length - a.length))
    if (p) key = key.split(p).join("‹peer›")
  return key.replace(/\d+/g, "N")
}

/**
 * Sends after which the same peer received nothing more: the IUT's silence.
 * Repeats (a HEARTBEAT every interval) show once, with their count.
 */
export function unanswered(t: readonly TranscriptEntry[]): TranscriptEntry[] {
  const lastRecv = new Map<string, number>()
  t.forEach((e, i) => {
    if (e.dir === "recv") lastRecv.set(e.peer, i)
  })
  const seen = new Map<string, { e: TranscriptEntry; n: number }>()
  t.forEach((e, i) => {
    if (e.dir !== "send" || i <= (lastRecv.get(e.peer) ?? -1)) return
    const key = e.frames.join("|")
    const s = seen.get(key)
    if (s) s.n++
    else seen.set(key, { e, n: 1 })
  })
  return [...seen.values()]
    .slice(0, 8)
    .map(({ e, n }) =>
      n > 1 ? { ...e, peer: `${e.peer} (and ${n - 1} more like it)` } : e,
    )
}

/** Whether the IUT sent the suite anything at all in these transcripts. */
export function saidNothing(reqs: readonly RequirementResult[]): boolean {
  return reqs.every(r => r.transcript.every(e => e.dir !== "recv"))
}
