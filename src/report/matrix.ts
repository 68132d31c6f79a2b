import type { RequirementResult } from "../harness/verdicts"
import { UsageError } from "../errors"
import { esc, verdictLabel } from "./html-parts"
import { overall } from "./html"
import type { RunResults } from "./results"
import { groupBySection, specSections } from "./sections"
import { css } from "./style"
import { tally } from "./tally"

/** One implementation's column: its name, its run, and where its own report lives. */
export interface MatrixColumn {
  name: string
  run: RunResults
  /** index.html of that run, relative to the matrix page; cells link into it. */
  href?: string
}

/** Whether judged verdicts differ across implementations (not judged is no opinion). */
export function disagree(verdicts: readonly (string | undefined)[]): boolean {
  return new Set(verdicts.filter(v => v && v !== "skip")).size > 1
}

/**
 * Implementations of one protocol role side by side: one row per
 * requirement, one coloured cell per implementation; rows where they
 * disagree are marked and can be shown alone.
 */
export function renderMatrix(cols: readonly MatrixColumn[]): string {
  if (!cols.length) throw new UsageError("matrix: no implementation to show")
  const { protocol, role } = cols[0].run
  const other = cols.find(
    c => c.run.protocol !== protocol || c.run.role !== role,
  )
  if (other)
    throw new UsageError(
      `matrix: ${other.name} is ${other.run.protocol} ${other.run.role}, not ${protocol} ${role}: one matrix shows one protocol role`,
    )
  const byId = cols.map(c => new Map(c.run.requirements.map(r => [r.id, r])))
  const all = new Map<string, RequirementResult>()
  for (const c of cols) for (const r of c.run.requirements) all.set(r.id, r)
  const groups = groupBySection([...all.values()], specSections(protocol))
  let disagreements = 0
  const body = groups.map(g => {
    const rows = g.items.map(r => {
      const vs = byId.map(m => m.get(r.id)?.verdict)
      const split = disagree(vs)
      if (split) disagreements++
      const cells = vs.map((v, i) => {
        const href = cols[i].href
        const label = esc(v ? (verdictLabel[v] ?? v) : "—")
        const inner =
          href && v
            ? `<a href="${esc(href)}#req-${esc(r.id)}">${label}</a>`
            : label
        const why = byId[i].get(r.id)?.detail.split("\n").pop() ?? ""
        return `<td class="cell ${esc(v ?? "absent")}" title="${esc(why)}">${inner}</td>`
      })
      return `<tr class="${split ? "disagree" : "agree"}" data-id="${esc(r.id)}"><th>${esc(r.id)}</th><td class="level">${esc(r.level.toUpperCase())}</td>${cells.join("")}<td class="statement">${esc(r.statement)}</td></tr>`
    })
    return `<tr class="section"><th colspan="${cols.length + 3}"><h3>${esc(g.title)}</h3></th></tr>${rows.join("")}`
  })
  const head = cols
    .map(c => {
      const t = tally(c.run.requirements)
      const name = c.href
        ? `<a href="${esc(c.href)}">${esc(c.name)}</a>`
        : esc(c.name)
      return `<th class="impl" data-verdict="${overall(c.run)}">${name}<br><span class="uri">MUST ${t.must.met}/${t.must.judged}</span></th>`
    })
    .join("")
  const title = `marque matrix: ${protocol} ${role}`
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${css}</style></head>
<body><h1>${esc(title)}</h1>
<p class="meta" id="disagreements" data-count="${disagreements}">${cols.length} implementations; they disagree on ${disagreements} requirement(s) (judged verdicts differ; "not judged" is no opinion).</p>
<div class="toolbar"><label><input type="checkbox" id="split-only"> show only requirements where they disagree</label></div>
<table class="matrix"><thead><tr><th>requirement</th><th>level</th>${head}<th>statement</th></tr></thead><tbody>${body.join("")}</tbody></table>
<script>document.getElementById("split-only").addEventListener("change", e => document.querySelectorAll("table.matrix tr.agree").forEach(r => { r.hidden = e.target.checked; }));</script>
</body></html>
`
}
