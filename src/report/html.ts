import { commonCause, type CommonCause } from "./cause"
import { esc, requirementBlock, transcriptTable } from "./html-parts"
import { claimed, endpointsOf, type RunResults } from "./results"
import { groupBySection, specSections } from "./sections"
import { css } from "./style"
import { tally, type LevelTally } from "./tally"

/**
 * What a run comes to: any failure fails it; else a suite error leaves it
 * incomplete (`error`); else any non-strict verdict.
 */
export function overall(
  run: RunResults,
): "pass" | "non-strict" | "fail" | "error" {
  const v = new Set(run.requirements.map(r => r.verdict))
  if (v.has("fail")) return "fail"
  if (v.has("error") || run.errors?.length) return "error"
  return v.has("non-strict") ? "non-strict" : "pass"
}

/**
 * The report people read: one self-contained page (no scripts or styles
 * fetched) built from results.json alone, so it can be rebuilt and attached
 * anywhere. Requirements lead; steps stay in cucumber.html.
 */
export function renderReport(
  runs: readonly RunResults[],
  generatedAt = new Date(),
): string {
  const anchors = anchorsFor(runs)
  const title = `marque: ${runs.map(r => `${r.protocol} ${r.role}`).join(", ")}`
  const body = [
    `<header><h1>${esc(title)}</h1><p class="meta">Conformance report generated ${esc(generatedAt.toISOString())}. MUST and MUST NOT decide the verdict; SHOULD and MAY are graded.</p></header>`,
    summaryTable(runs, anchors),
    ...runs.map(run => findingBlock(run, anchors)),
    toolbar,
    ...runs.map(run => runBlock(run, anchors)),
  ]
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title><style>${css}</style></head>
<body>${body.join("\n")}
<script>${script}</script></body></html>
`
}

function cell(name: string, l: LevelTally): string {
  const open = l.open ? ` <span class="uri">(${l.open} not judged)</span>` : ""
  return `<td class="num ${name}" data-met="${l.met}" data-judged="${l.judged}" data-open="${l.open}">${l.met}/${l.judged}${open}</td>`
}

/** Element ids of requirements: a page of several runs may hold one ID twice. */
type Anchors = (run: RunResults, id: string) => string

function anchorsFor(runs: readonly RunResults[]): Anchors {
  if (runs.length === 1) return (_run, id) => `req-${id}`
  return (run, id) =>
    `req-${run.protocol.replace(/\W/g, "-")}-${run.role}-${id}`
}

function links(ids: readonly string[], run: RunResults, a: Anchors): string {
  return ids.map(id => `<a href="#${esc(a(run, id))}">${esc(id)}</a>`).join(" ")
}

function summaryTable(runs: readonly RunResults[], a: Anchors): string {
  const failed: string[] = []
  const rows = runs.map(run => {
    const t = tally(run.requirements)
    const v = overall(run)
    const claims = claimed(run)
    const ids = run.requirements.filter(r => r.verdict === "fail")
    if (ids.length)
      failed.push(
        links(
          ids.map(r => r.id),
          run,
          a,
        ),
      )
    return `<tr data-protocol="${esc(run.protocol)}" data-role="${esc(run.role)}"><td>${esc(run.protocol)}</td><td>${esc(run.role)}</td>${cell("must", t.must)}${cell("should", t.should)}${cell("may", t.may)}<td class="num fail">${t.fail}</td><td class="num">${t.nonStrict}</td><td class="overall ${v}">${esc(v)}</td><td>${esc(claims.join(", ") || "none")}</td></tr>`
  })
  return `<section id="summary"><h2>Summary</h2><table class="summary"><thead><tr><th>protocol</th><th>role</th><th>MUST met</th><th>SHOULD met</th><th>MAY offered</th><th>failed</th><th>non-strict</th><th>verdict</th><th>claims</th></tr></thead><tbody>${rows.join("")}</tbody></table>${failed.length ? `<p class="failed-list">Failed: ${failed.join(" ")}</p>` : ""}${runs.map(meta).join("")}${runs.map(suiteErrors).join("")}</section>`
}

function meta(run: RunResults): string {
  const timing = Object.entries(run.options ?? run.timing ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ")
  const secs =
    run.durationMs === undefined
      ? ""
      : `, ${(run.durationMs / 1000).toFixed(1)} s`
  const n = run.scenarios ? `${run.scenarios.length} scenarios` : "scenarios"
  return `<p class="meta">${esc(run.protocol)} ${esc(run.role)}: ${esc(n)}${esc(secs)} against ${esc(endpointsOf(run))}; declared: ${esc(timing || "not recorded")}.</p>`
}

/** The suite's own failures, apart from any verdict: what died, how, its last words. */
function suiteErrors(run: RunResults): string {
  return (run.errors ?? [])
    .map(
      e =>
        `<div class="suite-error"><p><strong>Suite error${e.scenario ? ` in <q>${esc(e.scenario)}</q>` : " between scenarios"}</strong>: ${esc(e.message)}. The run resumed with the next scenario; requirements that scenario checked are marked ERROR (suite), not judged.</p>${e.stderr ? `<pre class="reason">${esc(e.stderr)}</pre>` : ""}</div>`,
    )
    .join("")
}

/** Leads with the one cause most failures share, and the frames that show it. */
function findingBlock(run: RunResults, a: Anchors): string {
  const c: CommonCause | undefined = commonCause(run.requirements)
  if (!c) return ""
  const frames = c.unanswered.length
    ? `<h4>What the suite sent that was never answered (from ${esc(c.example.id)})</h4>${transcriptTable(c.unanswered)}`
    : `<h4>The frames of ${esc(c.example.id)}</h4>${transcriptTable(c.example.transcript)}`
  return `<section class="finding" data-protocol="${esc(run.protocol)}" data-role="${esc(run.role)}" data-count="${c.ids.length}"><h2>Most failures share one cause</h2><p>${c.ids.length} of the ${c.of} failed requirements of ${esc(run.protocol)} ${esc(run.role)} fail the same way: <span class="cause">${esc(c.cause)}</span></p>${c.silent ? `<p>In these scenarios the IUT sent the suite no frame at all: it may not accept the framing the suite sends. Compare the frames below with the spec's layouts.</p>` : ""}<p class="meta">${links(c.ids, run, a)}</p>${frames}<p class="meta">Fix this first: the other verdicts in the group may change once it is fixed.</p></section>`
}

function runBlock(run: RunResults, a: Anchors): string {
  const titled = a(run, "") !== "req-"
  const scenarios = run.scenarios ?? []
  const groups = groupBySection(run.requirements, specSections(run.protocol))
  const head = titled
    ? `<h2>${esc(run.protocol)} ${esc(run.role)}</h2>`
    : `<h2>Requirements</h2>`
  const sections = groups.map(
    g =>
      `<section class="spec-section"><h3>${esc(g.title)}</h3>${g.items.map(r => requirementBlock(r, scenarios, a(run, r.id))).join("")}</section>`,
  )
  return `<section class="run" data-protocol="${esc(run.protocol)}" data-role="${esc(run.role)}">${head}${sections.join("")}</section>`
}

const toolbar = `<div class="toolbar"><label><input type="checkbox" id="problems-only"> show only failed and non-strict requirements</label><label><input type="checkbox" id="open-all"> expand all failures</label></div>`

// The page works without it (details/summary expand natively); these only filter and expand.
const script = `
document.getElementById("problems-only").addEventListener("change", e => document.body.classList.toggle("problems-only", e.target.checked));
document.getElementById("open-all").addEventListener("change", e => document.querySelectorAll("details.req.fail, details.req.non-strict").forEach(d => { d.open = e.target.checked; }));
function openHash() { const d = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1))); if (d && d.tagName === "DETAILS") d.open = true; }
window.addEventListener("hashchange", openHash); openHash();
`
