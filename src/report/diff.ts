import { UsageError } from "../errors"
import type { RunResults } from "./results"

/** One requirement whose verdict is not the same in both runs. */
export interface VerdictChange {
  id: string
  level: string
  /** undefined: the requirement is not in that run's catalog. */
  before?: string
  after?: string
  /** A failure now that was not one before: what a CI gate stops on. */
  regression: boolean
}

/**
 * Requirements whose verdict changed between two runs of one protocol role.
 * With `strict`, a new non-strict verdict is a regression too (as
 * `marque test --strict` fails on it).
 */
export function diffRuns(
  before: RunResults,
  after: RunResults,
  strict = false,
): VerdictChange[] {
  if (before.protocol !== after.protocol || before.role !== after.role)
    throw new UsageError(
      `cannot compare ${before.protocol} ${before.role} with ${after.protocol} ${after.role}: give two runs of the same protocol and role`,
    )
  const bad = (v?: string) => v === "fail" || (strict && v === "non-strict")
  const old = new Map(before.requirements.map(r => [r.id, r]))
  const now = new Map(after.requirements.map(r => [r.id, r]))
  const ids = [...new Set([...old.keys(), ...now.keys()])]
  return ids.flatMap(id => {
    const b = old.get(id)?.verdict
    const a = now.get(id)?.verdict
    if (a === b) return []
    return [
      {
        id,
        level: (now.get(id) ?? old.get(id))!.level,
        before: b,
        after: a,
        regression: bad(a) && !bad(b),
      },
    ]
  })
}

/** The diff as aligned lines, regressions marked. */
export function diffText(changes: readonly VerdictChange[]): string {
  if (!changes.length) return "no requirement changed verdict"
  const rows = changes.map(c => [
    c.regression ? "NEW FAILURE" : "",
    c.id,
    c.level.toUpperCase(),
    `${c.before ?? "(absent)"} -> ${c.after ?? "(absent)"}`,
  ])
  const w = [0, 1, 2].map(i => Math.max(...rows.map(r => r[i].length)))
  return rows
    .map(r => r.map((x, i) => (i < 3 ? x.padEnd(w[i]) : x)).join("  "))
    .join("\n")
}
