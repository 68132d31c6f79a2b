import { isMandatory, type Requirement } from "../codec"
import type { ScenarioResult } from "./collect"
import type { TranscriptEntry } from "./transcript"
import type { Observation } from "./verdict"

/** `error`: the suite failed (its scenario process died), no verdict on the IUT. */
export type Verdict = "pass" | "non-strict" | "fail" | "skip" | "error"

/** One line of results.json. */
export interface RequirementResult {
  id: string
  level: Requirement["level"]
  statement: string
  /**
   * Where the rule comes from: an RFC keyword, a definition, … or "suite"
   * for marque's own rules (specs/marque.yaml), which no RFC states.
   */
  source?: string
  /** Present and true for a suite-defined rule, so no reader takes it for the RFC's. */
  suiteDefined?: true
  verdict: Verdict
  scenarios: string[]
  detail: string
  transcript: TranscriptEntry[]
}

interface Contribution {
  kind: "pass" | "non-strict" | "fail" | "skip"
  scenario: ScenarioResult
  detail: string
  /**
   * The scenario checks an optional behaviour the IUT claims (a @claims-*
   * tag, and it ran): the claim is its promise, so breaking it fails.
   */
  claim?: string
}

/** The claim a scenario tagged with `req` exercises, if any. */
function claimOf(req: Requirement, s: ScenarioResult): string | undefined {
  if (!s.requirements.includes(req.id)) return undefined
  return s.tags.find(t => t.startsWith("@claims-"))?.slice("@claims-".length)
}

/**
 * Judges each requirement from the scenarios that bear on it. A scenario that
 * failed on another requirement first says nothing about this one.
 */
export function judge(
  catalog: readonly Requirement[],
  scenarios: readonly ScenarioResult[],
  notCovered: Readonly<Record<string, string>>,
  unselected: ReadonlySet<string>,
): RequirementResult[] {
  return catalog.map(req => {
    const parts = scenarios.flatMap(s => contribution(req, s))
    for (const p of parts) p.claim = claimOf(req, p.scenario)
    return decide(req, parts, notCovered[req.id], unselected.has(req.id))
  })
}

function contribution(req: Requirement, s: ScenarioResult): Contribution[] {
  const tagged = s.requirements.includes(req.id)
  const v = s.verdict
  const observed = (v?.observations ?? []).filter(o => o.rule === req.id)
  if (s.status === "SKIPPED") {
    return tagged
      ? [
          {
            kind: "skip",
            scenario: s,
            detail: v?.skipReason ?? "scenario skipped",
          },
        ]
      : []
  }
  if (s.status !== "PASSED") {
    const f = v?.failure ?? {
      rule: "*",
      expected: "the scenario to run",
      actual: `scenario ${s.status.toLowerCase()}`,
      detail: "",
    }
    if (f.rule === req.id || (f.rule === "*" && tagged)) {
      return [
        {
          kind: "fail",
          scenario: s,
          detail: `Expected: ${f.expected}\nActual: ${f.actual}`,
        },
      ]
    }
    // What the scenario observed before it stopped still stands (a batch of
    // malformed cases: the ones acted on, then a crash on a later one).
    const before = observed.find(o => o.grade !== "pass")
    if (before) return [graded(before, s)]
    if (tagged)
      return [
        {
          kind: "skip",
          scenario: s,
          detail: `inconclusive: "${s.name}" stopped on ${f.rule} first`,
        },
      ]
    return []
  }
  const notPass = observed.find(o => o.grade !== "pass")
  if (notPass) return [graded(notPass, s)]
  return tagged || observed.length
    ? [{ kind: "pass", scenario: s, detail: observed[0]?.detail ?? "" }]
    : []
}

function graded(o: Observation, s: ScenarioResult): Contribution {
  return {
    kind: o.grade === "fail" ? "fail" : "non-strict",
    scenario: s,
    detail: o.detail,
  }
}

function decide(
  req: Requirement,
  parts: Contribution[],
  notCovered: string | undefined,
  unselected: boolean,
): RequirementResult {
  const base = {
    id: req.id,
    level: req.level,
    statement: req.statement,
    source: req.source,
    ...(req.source === "suite" ? { suiteDefined: true as const } : {}),
    scenarios: [...new Set(parts.map(p => p.scenario.name))],
  }
  for (const kind of ["fail", "non-strict", "pass"] as const) {
    const p = parts.find(x => x.kind === kind)
    if (!p) continue
    // A claimed behaviour that is not done fails whatever the level; a
    // broken SHOULD, or a MAY not offered, is non-strict.
    const claimed = parts.find(
      x => x.claim && (x.kind === "fail" || x.kind === "non-strict"),
    )
    const verdict =
      claimed && kind !== "pass"
        ? "fail"
        : kind === "fail" && !isMandatory(req)
          ? "non-strict"
          : kind
    const promise = claimed
      ? `\nThe IUT claims this (${claimed.claim}): a claimed behaviour that is not done fails, whatever the level.`
      : ""
    const detail =
      kind === "pass"
        ? passDetail(p.detail, parts)
        : `-> ${req.id} (${req.level.toUpperCase()}${req.source === "suite" ? ", suite-defined" : ""}): ${req.statement}\n${p.detail}${promise}`
    return { ...base, verdict, detail, transcript: p.scenario.transcript }
  }
  const skip = parts.find(x => x.kind === "skip")
  const reason =
    skip?.detail ??
    (notCovered
      ? `not covered: ${notCovered}`
      : unselected
        ? "not selected by --tags"
        : "no scenario checks this requirement for this role")
  return {
    ...base,
    verdict: "skip",
    detail: reason,
    transcript: skip?.scenario.transcript ?? [],
  }
}

/**
 * A pass says so when other scenarios for the requirement did not conclude
 * (stopped on another rule first, or skipped here): it rests on fewer
 * scenarios than the feature files hold.
 */
function passDetail(detail: string, parts: readonly Contribution[]): string {
  const named = (x: Contribution) =>
    x.detail.includes(`"${x.scenario.name}"`)
      ? x.detail
      : `"${x.scenario.name}" ${x.detail}`
  const open = [...new Set(parts.filter(x => x.kind === "skip").map(named))]
  if (!open.length) return detail
  const also = `${open.length} other scenario(s) did not conclude: ${open.join("; ")}`
  return detail ? `${detail}; ${also}` : also
}
