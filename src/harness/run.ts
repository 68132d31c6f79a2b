import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs"
import { join } from "node:path"
import { parse } from "yaml"
import { packageRoot } from "../package-root"
import type { ScenarioResult, ScenarioWatcher } from "./collect"
import type { SuiteConfig } from "./config"
import { catalogFor, featureDir } from "./protocol"
import { superviseScenarios, type RunError } from "./supervise"
import { requirementId } from "./scenario"
import { judge, type RequirementResult } from "./verdicts"

export { packageRoot, featureDir }

export interface RunOptions {
  config: SuiteConfig
  /** Extra Cucumber tag expression, ANDed with the protocol and role. */
  tags?: string
  reportDir: string
  onScenario?: (r: ScenarioResult) => void
  progress?: ScenarioWatcher
  /** Only scenarios whose name matches one of these regexes (a rerun of one scenario). */
  names?: string[]
}

export interface RunOutcome {
  requirements: RequirementResult[]
  scenarios: ScenarioResult[]
  /** The suite's own failures (a scenario process that died): exit code 2. */
  errors: RunError[]
  durationMs: number
}

/**
 * Runs the features for one protocol role against the configured IUT, in a
 * supervised child process (src/harness/supervise.ts), and writes results.json.
 */
export async function runConformance(o: RunOptions): Promise<RunOutcome> {
  mkdirSync(o.reportDir, { recursive: true })
  const started = Date.now()
  const { scenarios, errors } = await superviseScenarios(
    { config: o.config, tags: o.tags, reportDir: o.reportDir, names: o.names },
    {
      plan: n => o.progress?.plan(n),
      start: (name, reqs) => o.progress?.start(name, reqs),
      finish: r => o.onScenario?.(r),
    },
  )
  return conclude(o, scenarios, errors, started)
}

/** The same run in this process: for a process that is itself a disposable child (a rerun). */
export async function runInProcess(o: RunOptions): Promise<RunOutcome> {
  mkdirSync(o.reportDir, { recursive: true })
  const { runCucumberJob } =
    require("./run-cucumber") as typeof import("./run-cucumber")
  const started = Date.now()
  const scenarios: ScenarioResult[] = []
  await runCucumberJob(
    { config: o.config, tags: o.tags, reportDir: o.reportDir, names: o.names },
    {
      planned: () => undefined,
      start: () => undefined,
      finish: r => scenarios.push(r),
    },
  )
  return conclude(o, scenarios, [], started)
}

/** Judges the requirements and writes results.json. */
function conclude(
  o: RunOptions,
  scenarios: ScenarioResult[],
  lostErrors: RunError[],
  started: number,
): RunOutcome {
  const { protocol, role } = o.config
  const dir = featureDir(protocol, role)
  // A scenario stopped by the suite's own failure is an error of the run too.
  const errors = [
    ...lostErrors,
    ...scenarios.flatMap(s =>
      s.verdict?.suiteError && s.error
        ? [{ ...s.error, scenario: s.name }]
        : [],
    ),
  ]
  const unselected = o.tags ? taggedInFeatures(dir) : new Set<string>()
  // A lost scenario says nothing about the IUT: judged without it, then marked.
  const requirements = markErrors(
    judge(
      catalogFor(protocol, role),
      scenarios.filter(s => s.status !== "ERROR"),
      readNotCovered(dir),
      unselected,
    ),
    scenarios,
  )
  const outcome = {
    requirements,
    scenarios,
    errors,
    durationMs: Date.now() - started,
  }
  writeFileSync(
    join(o.reportDir, "results.json"),
    JSON.stringify(
      {
        protocol,
        role,
        endpoints: o.config.endpoints,
        options: o.config.options,
        timing: o.config.timing,
        claims: o.config.claims,
        durationMs: outcome.durationMs,
        requirements,
        // Per scenario (status, verdict, transcript): what src/report renders.
        scenarios: outcome.scenarios,
        // Only when the suite itself failed: absent means none.
        ...(errors.length ? { errors } : {}),
      },
      null,
      2,
    ),
  )
  return outcome
}

/**
 * A requirement a lost scenario was checking is `error` unless another
 * scenario already failed it (or graded it non-strict): what the IUT did
 * wrong still stands, but a pass resting on fewer scenarios is not a pass.
 */
function markErrors(
  reqs: RequirementResult[],
  scenarios: readonly ScenarioResult[],
): RequirementResult[] {
  const lost = scenarios.filter(s => s.status === "ERROR")
  if (!lost.length) return reqs
  return reqs.map(r => {
    const by = lost.filter(s => s.requirements.includes(r.id))
    if (!by.length || r.verdict === "fail" || r.verdict === "non-strict")
      return r
    const why = by.map(
      s =>
        `"${s.name}" did not finish: ${s.error?.message ?? "the suite lost it"}`,
    )
    return {
      ...r,
      verdict: "error",
      scenarios: [...new Set([...r.scenarios, ...by.map(s => s.name)])],
      detail: `-> ${r.id}: not judged, the suite failed\n${why.join("\n")}`,
    }
  })
}

/** Requirement IDs that some scenario in the folder is tagged with. */
function taggedInFeatures(dir: string): Set<string> {
  const ids = new Set<string>()
  for (const f of readdirSync(dir, { recursive: true }) as string[]) {
    if (!f.endsWith(".feature")) continue
    for (const m of readFileSync(join(dir, f), "utf8").matchAll(
      new RegExp(`@(${requirementId.source})\\b`, "g"),
    ))
      ids.add(m[1])
  }
  return ids
}

function readNotCovered(dir: string): Record<string, string> {
  const file = join(dir, "not-covered.yaml")
  return existsSync(file)
    ? ((parse(readFileSync(file, "utf8")) as Record<string, string>) ?? {})
    : {}
}
