import { renderFrames } from "../codec"
import { type FuzzResult, mb } from "./result"
import { mutationAt } from "./mutations"

const count = (n: number) => n.toLocaleString("en-US")

function top(counts: Readonly<Record<string, number>>): string {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${count(n)}`)
    .join(", ")
}

const row = (label: string, value: string) => `  ${label.padEnd(26)}${value}`

/** A run as a person reads it: verdict, figures, and on failure how to reproduce. */
export function formatSummary(r: FuzzResult): string {
  const rt = r.roundTrips
  const meanMs = rt.count ? rt.totalMs / rt.count : 0
  const log = Object.entries(r.peerLog)
    .map(
      ([event, c]) =>
        `${event} ${c.lines}${c.suppressed ? ` (+${count(c.suppressed)} suppressed)` : ""}`,
    )
    .join(", ")
  const lines = [
    `marque fuzz ${r.target} (seed ${r.seed}${r.from ? `, from ${r.from}` : ""}): ${r.ok ? "PASS" : "FAIL"}`,
    row(
      "malformed messages",
      `${count(r.messages)} sent (${count(r.skippedValid)} valid ones drawn and skipped), ${mb(r.bytes / 1024)} MB`,
    ),
    row(
      "duration",
      `${(r.durationMs / 1000).toFixed(1)} s, ${count(Math.round(r.messagesPerSecond))} msg/s`,
    ),
    row(
      "honest round trips",
      `${count(rt.count)} answered, mean ${meanMs.toFixed(1)} ms, max ${rt.maxMs.toFixed(0)} ms (deadline ${r.deadlineMs} ms)`,
    ),
    row(
      `${r.target} RSS`,
      `start ${mb(r.rss.startKb)} MB, peak ${mb(r.rss.peakKb)} MB, final ${mb(r.rss.finalKb)} MB (bound: start + ${r.maxRssGrowthMb} MB; ${r.rss.samples} samples)`,
    ),
    row("by kind", top(r.kinds)),
    row("by rule", top(r.rules)),
    row(`${r.target} log`, log || "nothing at warn or above"),
    ...Object.entries(r.figures).map(([k, v]) => row(k, count(v))),
    ...r.warnings.map(w => row("warning", w)),
  ]
  if (!r.ok) lines.push(...failureReport(r))
  return lines.join("\n")
}

function failureReport(r: FuzzResult): string[] {
  const out = r.failures.map(f => `-> ${f.kind}: ${f.message}`)
  if (r.lastSent.length === 0) return out
  const indexes = r.lastSent.map(s => s.index)
  const first = Math.min(...indexes)
  const last = Math.max(...indexes)
  out.push(
    `Last ${r.lastSent.length} malformed messages sent (stream indexes ${first}..${last}); the newest:`,
    ...r.lastSent.slice(-5).map(s => {
      const frames = renderFrames(
        mutationAt(r.seed, r.target, s.index).frames.slice(0, 8),
      )
      return `  #${s.index} [${s.rule}] ${s.name}: ${frames.slice(0, 160)}`
    }),
    `Replay that stretch: node dist/src/fuzz/cli.js --target ${r.target} --seed ${r.seed} --from ${first} --messages ${r.lastSent.length}`,
    `Show one message:   node dist/src/fuzz/cli.js --target ${r.target} --seed ${r.seed} --show ${last}`,
  )
  return out
}
