import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { parse } from "yaml"
import type { Requirement } from "../codec"
import { groupBySection, type Section } from "./sections"

interface SpecFile {
  protocol: string
  title?: string
  rfc?: string
  seed?: string
  status?: string
  includes?: string[]
  requirements?: Requirement[]
  sections?: Section[]
}

const levels: Record<string, string> = {
  must: "MUST",
  "must-not": "MUST NOT",
  should: "SHOULD",
  "should-not": "SHOULD NOT",
  may: "MAY",
}

/** Table cells: pipes and line breaks would end the cell. */
function cell(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\n/g, " ")
}

function table(reqs: readonly Requirement[]): string[] {
  return [
    "| ID | level | roles | requirement |",
    "| --- | --- | --- | --- |",
    ...reqs.map(
      r =>
        `| ${r.id} | ${levels[r.level] ?? r.level}${r.source === "suite" ? " (suite-defined)" : ""} | ${r.roles.join(", ")} | ${cell(r.statement)}${r.counterpart ? ` (= ${r.counterpart})` : ""} |`,
    ),
  ]
}

/**
 * docs/requirements.md: every numbered requirement of every spec in specs/,
 * under the spec's own sections. Rendered, never edited by hand: a test
 * fails when it and specs/ part ways (`npm run docs` rewrites it).
 */
export function renderCatalog(specsDir: string): string {
  const files = readdirSync(specsDir)
    .filter(f => /\.ya?ml$/.test(f))
    .sort()
  const specs = files.map(
    f =>
      [f, parse(readFileSync(join(specsDir, f), "utf8")) as SpecFile] as const,
  )
  const out = [
    "# Requirement catalog",
    "",
    "<!-- GENERATED from specs/*.yaml by `npm run docs`; edit the specs, not this file. -->",
    "",
    "Every requirement marque judges, by spec. MUST and MUST NOT decide a run's verdict;",
    "a broken SHOULD, or a MAY not offered, is `non-strict`. Grep an ID to find its schema,",
    "scenarios and peer code.",
    "",
    ...specs.map(
      ([f, s]) =>
        `- [${s.title ?? s.protocol}](#${anchor(s)}): ${s.requirements?.length ?? 0} requirements (specs/${f})`,
    ),
  ]
  for (const [f, s] of specs) {
    const reqs = s.requirements ?? []
    out.push("", `## ${s.title ?? s.protocol}`, "")
    const facts = [
      `\`--protocol ${s.protocol}\``,
      s.status && `status: ${s.status}`,
      s.rfc && `RFC: <${s.rfc}>`,
      s.seed && `seed: ${s.seed}`,
      s.includes?.length && `includes: ${s.includes.join(", ")}`,
      `source: specs/${f}`,
    ].filter(Boolean)
    out.push(facts.join("; ") + ".")
    const groups = groupBySection(reqs, s.sections ?? [])
    if (groups.length === 1 && !s.sections?.length) out.push("", ...table(reqs))
    else
      for (const g of groups)
        out.push("", `### ${g.title}`, "", ...table(g.items))
  }
  return out.join("\n") + "\n"
}

/** GitHub's heading anchor for the spec's title. */
function anchor(s: SpecFile): string {
  return (s.title ?? s.protocol)
    .toLowerCase()
    .replace(/[^\w\- ]/g, "")
    .replace(/ /g, "-")
}
