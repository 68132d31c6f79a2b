import { renderFrames } from "../codec"
import { type FuzzResult, mb } from "./result"
import { mutationAt } from "./mutations"
import { fuzzProtocolFor } from "./protocols"

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
    `marque fuzz ${r.protocol} ${r.target} (seed ${r.seed}${r.from ? `, from ${r.from}` : ""}): ${r.ok ? "PASS" : "FAIL"}`,
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
  const cli = `node dist/src/fuzz/cli.js --protocol ${r.protocol} --target ${r.target} --seed ${r.seed}`
  if (r.triage?.culprit) {
    const c = r.triage.culprit
    out.push(
      `Culprit (found by replaying ${r.triage.tried} messages one at a time): #${c.index}`,
      `  ${describe(r, c.index)}`,
      `  after it the ${r.target} ${c.effect}`,
      `Reproduce: ${cli} --from ${c.index} --messages 1`,
    )
  } else if (r.triage) {
    out.push(
      `Replaying stream ${r.triage.from}..${r.triage.to} one message at a time (${r.triage.tried} messages) did not reproduce it: it needs many messages, or speed.`,
    )
  }
  if (r.lastSent.length === 0 || !r.window) return out
  out.push(
    `The newest of the ${r.lastSent.length} last malformed messages sent:`,
    ...r.lastSent.slice(-5).map(i => `  #${i} ${describe(r, i)}`),
    `Replay the remembered stretch: ${cli} --from ${r.window.from} --messages <n>`,
    `Show one message: ${cli} --show <index>`,
  )
  return out
}

/** One stream message, rebuilt from the seed: name, rule and frames. */
function describe(r: FuzzResult, index: number): string {
  const m = mutationAt(fuzzProtocolFor(r.protocol), r.seed, r.target, index)
  const frames = renderFrames(m.frames.slice(0, 8)).slice(0, 160)
  return `[${m.rule}] ${m.name}: ${frames}`
}
