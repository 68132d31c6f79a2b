import { existsSync, readFileSync, statSync } from "node:fs"
import { join } from "node:path"
import { UsageError } from "../errors"
import type { ScenarioResult } from "../harness/collect"
import type { RunError } from "../harness/supervise"
import type { RequirementResult } from "../harness/verdicts"

/**
 * One run's results.json as `marque test` writes it. `scenarios` came later:
 * files written before it rendered without per-scenario detail.
 */
export interface RunResults {
  protocol: string
  role: string
  /** Before the protocol registry: one endpoint template. */
  endpoint?: string
  endpoints?: Record<string, string>
  options?: Record<string, number | boolean | string>
  timing?: Record<string, number | undefined>
  /** null (or, before the registry, true) when the IUT claims it; else why not. */
  claims?: Record<string, boolean | string | null>
  durationMs?: number
  requirements: RequirementResult[]
  scenarios?: ReportScenario[]
  /** The suite's own failures (its scenario process died); absent when none. */
  errors?: RunError[]
}

/**
 * A scenario as results.json keeps it; `rerun` is set when a failed
 * timing-dependent scenario was run again (src/report/rerun.ts).
 */
export type ReportScenario = ScenarioResult & {
  rerun?: { attempts: number; passed: number; label: "flaky" | "deterministic" }
}

/** The results.json path for a report folder or the file itself. */
export function resultsPath(dirOrFile: string): string {
  if (existsSync(dirOrFile) && statSync(dirOrFile).isDirectory())
    return join(dirOrFile, "results.json")
  return dirOrFile
}

/** Reads and shape-checks a results.json; a clear usage error otherwise. */
export function readResults(dirOrFile: string): RunResults {
  const file = resultsPath(dirOrFile)
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, "utf8"))
  } catch (err) {
    throw new UsageError(
      `cannot read results ${file}: ${(err as Error).message}`,
    )
  }
  const r = raw as Partial<RunResults> | null
  const ok =
    !!r &&
    typeof r.protocol === "string" &&
    typeof r.role === "string" &&
    Array.isArray(r.requirements) &&
    r.requirements.every(
      q =>
        typeof q?.id === "string" &&
        typeof q.verdict === "string" &&
        typeof q.level === "string",
    )
  if (!ok)
    throw new UsageError(
      `${file} is not a marque results.json (needs protocol, role and requirements with id, level, verdict)`,
    )
  return r as RunResults
}

/** The claims the IUT makes (the options it says it offers). */
export function claimed(run: RunResults): string[] {
  return Object.entries(run.claims ?? {})
    .filter(([, v]) => v === null || v === true)
    .map(([k]) => k)
}

/** Where the suite reached the IUT, in either results.json layout. */
export function endpointsOf(run: RunResults): string {
  if (run.endpoints)
    return Object.entries(run.endpoints)
      .map(([k, v]) => `{${k}} ${v}`)
      .join(", ")
  return run.endpoint ?? "(not recorded)"
}
