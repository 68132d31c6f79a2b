import type { RequirementResult } from "../harness/verdicts"

/** How one level fared: `met` of `judged`; `open` were not judged (skipped). */
export interface LevelTally {
  met: number
  judged: number
  open: number
}

export interface RunTally {
  /** MUST and MUST NOT: met means pass. */
  must: LevelTally
  /** SHOULD and SHOULD NOT: met means pass; non-strict is judged, not met. */
  should: LevelTally
  /**
   * MAY: judged are the options the run looked at (claimed by the IUT's
   * profile, or probed); met are the ones the IUT offers.
   */
  may: LevelTally
  fail: number
  nonStrict: number
  skip: number
  /** Requirements the suite could not judge because it failed itself. */
  error: number
}

type Group = "must" | "should" | "may"

export function levelGroup(level: string): Group {
  if (level.startsWith("must")) return "must"
  if (level.startsWith("should")) return "should"
  return "may"
}

/** The summary line of a run: what a maintainer reads first. */
export function tally(reqs: readonly RequirementResult[]): RunTally {
  const blank = (): LevelTally => ({ met: 0, judged: 0, open: 0 })
  const t: RunTally = {
    must: blank(),
    should: blank(),
    may: blank(),
    fail: 0,
    nonStrict: 0,
    skip: 0,
    error: 0,
  }
  for (const r of reqs) {
    const g = t[levelGroup(r.level)]
    // `error` is the suite's failure: not judged, like a skip.
    if (r.verdict === "skip" || r.verdict === "error") g.open++
    else g.judged++
    if (r.verdict === "pass") g.met++
    if (r.verdict === "fail") t.fail++
    if (r.verdict === "non-strict") t.nonStrict++
    if (r.verdict === "skip") t.skip++
    if (r.verdict === "error") t.error++
  }
  return t
}

/** "MUST 30/31, SHOULD 4/5, MAY offered 2/2": the one-line summary. */
export function tallyLine(t: RunTally): string {
  const part = (name: string, l: LevelTally) =>
    `${name} ${l.met}/${l.judged}${l.open ? ` (${l.open} not judged)` : ""}`
  return [
    part("MUST", t.must),
    part("SHOULD", t.should),
    part("MAY offered", t.may),
  ].join(", ")
}
