import type { TranscriptEntry } from "../harness/transcript"
import type { RequirementResult } from "../harness/verdicts"
import { frameView } from "./frames"
import type { ReportScenario as ScenarioResult } from "./results"
import { timingOf } from "./timing"

/** Everything interpolated into the page goes through this: IUT output is hostile. */
export function esc(s: unknown): string {
  return String(s).replace(
    /[&<>"']/g,
    c =>
      ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[
        c
      ]!,
  )
}

export const verdictLabel: Record<string, string> = {
  pass: "PASS",
  "non-strict": "NON-STRICT",
  fail: "FAIL",
  skip: "not judged",
  error: "ERROR (suite)",
}

const arrow: Record<TranscriptEntry["dir"], string> = {
  send: "suite → IUT",
  recv: "IUT → suite",
  note: "note",
}

/** The frames both ways: one row per message, each frame as text and hex, with its time offset. */
export function transcriptTable(t: readonly TranscriptEntry[]): string {
  if (!t.length) return `<p class="empty">No frames were recorded.</p>`
  const rows = t.map(e => {
    const frames =
      e.dir === "note"
        ? `<span class="note">${esc(e.frames.join(" "))}</span>`
        : e.frames.map(frameCell).join("")
    return `<tr class="${e.dir}"><td class="t">${esc(e.t)}</td><td class="dir">${arrow[e.dir]}</td><td class="peer">${esc(e.peer)}</td><td class="frames">${frames}</td></tr>`
  })
  return `<table class="transcript"><thead><tr><th>t (ms)</th><th>direction</th><th>suite peer</th><th>frames (text / hex)</th></tr></thead><tbody>${rows.join("")}</tbody></table>`
}

function frameCell(rendered: string, i: number): string {
  const f = frameView(rendered)
  const cut = f.cut ? ` <span class="cut">+${f.cut} bytes not kept</span>` : ""
  return `<div class="frame"><span class="n">${i}</span><code class="text">${esc(f.text) || "&nbsp;"}</code><code class="hex">${esc(f.hex) || "(empty)"}</code><span class="size">${f.size} B</span>${cut}</div>`
}

/** The scenario a verdict came from: the one that failed on it, else the first that names it. */
export function decidingScenario(
  r: RequirementResult,
  scenarios: readonly ScenarioResult[],
): ScenarioResult | undefined {
  const named = scenarios.filter(s => r.scenarios.includes(s.name))
  return (
    named.find(s => s.verdict?.failure?.rule === r.id) ??
    named.find(s =>
      s.verdict?.observations.some(o => o.rule === r.id && o.grade !== "pass"),
    ) ??
    named.find(s => s.status !== "PASSED" && s.status !== "SKIPPED") ??
    named[0]
  )
}

function scenarioList(
  r: RequirementResult,
  scenarios: readonly ScenarioResult[],
): string {
  if (!r.scenarios.length) return ""
  const status = new Map(scenarios.map(s => [s.name, s]))
  const items = r.scenarios.map(name => {
    const s = status.get(name)
    const st = s ? s.status.toLowerCase() : "unknown"
    const where = s ? ` <span class="uri">${esc(s.uri)}</span>` : ""
    const ms = s ? ` <span class="ms">${s.durationMs} ms</span>` : ""
    const rerun = s?.rerun
      ? ` <span class="rerun ${esc(s.rerun.label)}">${esc(s.rerun.label)}: passed ${s.rerun.passed} of ${s.rerun.attempts} reruns</span>`
      : ""
    return `<li class="${esc(st)}"><span class="st">${esc(st)}</span> ${esc(name)}${ms}${rerun}${where}</li>`
  })
  return `<h4>Scenarios</h4><ul class="scenarios">${items.join("")}</ul>`
}

/** One requirement: its line, and on expansion why, when, and the frames. */
export function requirementBlock(
  r: RequirementResult,
  scenarios: readonly ScenarioResult[],
  anchor = `req-${r.id}`,
): string {
  const head = `<summary><span class="id">${esc(r.id)}</span><span class="level">${esc(r.level.toUpperCase())}</span>${r.source === "suite" ? `<span class="source" title="marque's own rule (specs/marque.yaml), not stated by any RFC">suite-defined</span>` : ""}<span class="verdict">${esc(verdictLabel[r.verdict] ?? r.verdict)}</span><span class="statement">${esc(r.statement)}</span></summary>`
  const parts: string[] = []
  if (r.detail) parts.push(`<pre class="reason">${esc(r.detail)}</pre>`)
  if (r.verdict === "fail" || r.verdict === "non-strict") {
    const tm = timingOf(r)
    if (tm.expected || tm.seen)
      parts.push(
        `<table class="timing"><tr><th>expected</th><td>${esc(tm.expected ?? "(no deadline named)")}</td></tr><tr><th>seen</th><td>${esc(tm.seen ?? "(see the frames)")}</td></tr></table>`,
      )
    const s = decidingScenario(r, scenarios)
    if (s)
      parts.push(
        `<p class="from">From scenario <q>${esc(s.name)}</q> (${esc(s.uri)}), ${esc(s.status.toLowerCase())} after ${s.durationMs} ms${s.rerun ? `; rerun ${s.rerun.attempts} time(s), passed ${s.rerun.passed}: <strong class="rerun ${esc(s.rerun.label)}">${esc(s.rerun.label)}</strong>` : ""}.</p>`,
      )
    parts.push(`<h4>Frames</h4>${transcriptTable(r.transcript)}`)
  }
  parts.push(scenarioList(r, scenarios))
  return `<details class="req ${esc(r.verdict)}" id="${esc(anchor)}" data-verdict="${esc(r.verdict)}">${head}<div class="body">${parts.join("")}</div></details>`
}
