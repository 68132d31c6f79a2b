/** A plain-text table: the first column left-aligned, the others right. */
export function table(
  head: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
): string {
  const widths = head.map((h, i) =>
    Math.max(h.length, ...rows.map(r => (r[i] ?? "").length)),
  )
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join("  ")
      .trimEnd()
  const rule = widths.map(w => "-".repeat(w)).join("  ")
  return [line(head), rule, ...rows.map(line)].join("\n")
}

/** 1234567 as "1.23M", 45678 as "45.7k". */
export function count(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)}M`
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)}k`
  return n.toFixed(0)
}

/** A ratio to two decimals, or "-" when either side is missing. */
export function ratio(a: number | undefined, b: number | undefined): string {
  return a === undefined || b === undefined || b === 0
    ? "-"
    : twoDecimals(a / b)
}

/** A number to two decimals, or "-" when unknown. */
export function twoDecimals(n: number | undefined): string {
  return n === undefined ? "-" : n.toFixed(2)
}

/** Microseconds to one decimal, or "-" when unknown. */
export function micros(us: number | undefined): string {
  return us === undefined ? "-" : us.toFixed(1)
}
