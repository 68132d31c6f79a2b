import type { RequirementResult, Verdict } from "../harness/verdicts"

const mark: Record<Verdict, string> = {
  pass: "PASS",
  "non-strict": "NON-STRICT",
  fail: "FAIL",
  skip: "skip",
  error: "ERROR (suite)",
}

/** The per-requirement table printed at the end of `marque test`. */
export function summaryTable(results: readonly RequirementResult[]): string {
  const rows = results.map(r => [
    r.id,
    r.level.toUpperCase(),
    mark[r.verdict],
    String(r.scenarios.length),
    firstLine(r),
  ])
  const head = ["requirement", "level", "verdict", "scenarios", "detail"]
  const width = head.map((h, i) =>
    Math.max(h.length, ...rows.map(r => r[i].length)),
  )
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(width[i])))
      .join("  ")
  return [
    line(head),
    line(width.map(w => "-".repeat(w))),
    ...rows.map(line),
  ].join("\n")
}

function firstLine(r: RequirementResult): string {
  if (r.verdict === "pass") return ""
  const lines = r.detail.split("\n")
  const actual = lines.find(l => l.startsWith("Actual: "))
  const text =
    r.verdict === "skip"
      ? lines[0]
      : r.verdict === "error"
        ? lines[1]
        : (actual ?? lines[0])
  return text.length > 110 ? text.slice(0, 107) + "..." : text
}

export function counts(
  results: readonly RequirementResult[],
): Record<Verdict, number> {
  const c: Record<Verdict, number> = {
    pass: 0,
    "non-strict": 0,
    fail: 0,
    skip: 0,
    error: 0,
  }
  for (const r of results) c[r.verdict]++
  return c
}
