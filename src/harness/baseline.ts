import { readFileSync } from "node:fs"
import { UsageError } from "../errors"
import type { RequirementResult } from "./verdicts"

export interface Baseline {
  /** Requirement IDs expected to fail, each with why. */
  expected: Map<string, string>
}

/**
 * A baseline file lists the requirements an IUT is known to fail:
 *   [{"id": "MMI-2", "reason": "checks the identity, not the service"}]
 * or {"expectedFailures": [...]} with the same entries.
 */
export function readBaseline(file: string): Baseline {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, "utf8"))
  } catch (err) {
    throw new UsageError(
      `cannot read baseline ${file}: ${(err as Error).message}`,
    )
  }
  const list = Array.isArray(raw)
    ? raw
    : (raw as { expectedFailures?: unknown })?.expectedFailures
  if (!Array.isArray(list))
    throw new UsageError(`baseline ${file}: expected a list of {id, reason}`)
  const expected = new Map<string, string>()
  for (const [i, e] of list.entries()) {
    const { id, reason } = (e ?? {}) as { id?: unknown; reason?: unknown }
    if (typeof id !== "string" || typeof reason !== "string" || !reason.trim())
      throw new UsageError(
        `baseline ${file}: entry ${i} needs a string id and a non-empty reason`,
      )
    expected.set(id, reason)
  }
  return { expected }
}

export interface BaselineComparison {
  /** Failing but not listed: a regression. */
  unexpected: string[]
  /** Listed but no longer failing: the baseline is stale. */
  stale: string[]
}

export function compareBaseline(
  b: Baseline,
  failing: readonly RequirementResult[],
): BaselineComparison {
  const ids = new Set(failing.map(r => r.id))
  return {
    unexpected: [...ids].filter(id => !b.expected.has(id)),
    stale: [...b.expected.keys()].filter(id => !ids.has(id)),
  }
}
