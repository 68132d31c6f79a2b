/**
 * A conformance failure is the verdict on one requirement, with what the spec
 * wanted and what the implementation under test did. Steps throw it; the
 * After hook records it against `rule`.
 */
export class ConformanceFailure extends Error {
  constructor(
    readonly rule: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`-> ${rule}\nExpected: ${expected}\nActual: ${actual}`)
    this.name = "ConformanceFailure"
  }
}

/**
 * For peers that run on their own (under load): the first violation is kept
 * and the peer carries on, so the scenario reports it at its next check.
 */
export class ViolationLog {
  first?: ConformanceFailure

  /** `check()`'s value, or undefined after noting the ConformanceFailure it threw. */
  judge<T>(check: () => T): T | undefined {
    try {
      return check()
    } catch (err) {
      if (!(err instanceof ConformanceFailure)) throw err
      this.first ??= err
      return undefined
    }
  }
}

/** How one scenario bears on one requirement. */
export type Grade = "pass" | "non-strict" | "fail"

/**
 * A graded observation recorded while a scenario runs, for outcomes that do
 * not fail it: the spec tolerates an alternative, or a SHOULD was not met.
 */
export interface Observation {
  readonly rule: string
  readonly grade: Grade
  readonly detail: string
}

/** What the After hook attaches for the verdict collector. */
export interface ScenarioVerdict {
  readonly observations: readonly Observation[]
  /** The failure that stopped the scenario; rule "*" blames every requirement tag. */
  readonly failure?: {
    rule: string
    expected: string
    actual: string
    detail: string
  }
  readonly skipReason?: string
  /**
   * The suite itself could not go on (a socket of its own it could not
   * bind): no verdict on the IUT; the scenario is an `error`.
   */
  readonly suiteError?: string
}

export const verdictMediaType = "application/vnd.marque.verdict+json"
export const transcriptMediaType = "application/vnd.marque.transcript+json"
