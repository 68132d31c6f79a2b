import type { Envelope } from "@cucumber/messages"
import type { TranscriptEntry } from "./transcript"
import { requirementTags } from "./scenario"
import {
  transcriptMediaType,
  verdictMediaType,
  type ScenarioVerdict,
} from "./verdict"

export interface ScenarioResult {
  name: string
  uri: string
  tags: string[]
  requirements: string[]
  /** The scenario's (or example row's) line in `uri`. */
  line?: number
  /** A Cucumber status, or "ERROR" when the suite itself failed (no verdict on the IUT). */
  status: string
  durationMs: number
  verdict?: ScenarioVerdict
  transcript: TranscriptEntry[]
  /** Set with status "ERROR": how the suite failed (its scenario process died, or a step of its own could not go on). */
  error?: SuiteError
}

/**
 * The suite's own failure, not the IUT's: the process running the scenarios
 * died (a libzmq abort, a segfault, out of memory) with this scenario in
 * flight, or the scenario could not go on for a reason of the suite's own
 * (a port it could not bind).
 */
export interface SuiteError {
  message: string
  /** The signal that killed the scenario process, e.g. "SIGABRT". */
  signal: string | null
  exitCode: number | null
  /** The last lines the scenario process wrote to stderr. */
  stderr: string
}

/** Live progress: the run's size once planned, and each scenario as it starts. */
export interface ScenarioWatcher {
  plan(scenarios: number): void
  /** `where` is "uri:line" of the scenario (or example row). */
  start(name: string, requirements: readonly string[], where?: string): void
}

const severity: Record<string, number> = {
  PASSED: 0,
  SKIPPED: 1,
  PENDING: 2,
  UNDEFINED: 3,
  AMBIGUOUS: 4,
  UNKNOWN: 5,
  FAILED: 6,
}

interface Open {
  testCaseId: string
  status: string
  started: number
  verdict?: ScenarioVerdict
  transcript: TranscriptEntry[]
}

/**
 * Folds Cucumber's message stream into one result per scenario, reading the
 * verdict and transcript the After hook attached.
 */
export class ScenarioCollector {
  readonly results: ScenarioResult[] = []
  private readonly pickles = new Map<
    string,
    { name: string; uri: string; line?: number; tags: string[] }
  >()
  private readonly testCases = new Map<string, string>()
  private readonly open = new Map<string, Open>()

  constructor(
    private readonly onScenario?: (r: ScenarioResult) => void,
    /** Told when each scenario starts (live progress, src/report/progress.ts). */
    private readonly watcher?: ScenarioWatcher,
  ) {}

  readonly onMessage = (e: Envelope): void => {
    if (e.pickle)
      this.pickles.set(e.pickle.id, {
        name: e.pickle.name,
        uri: e.pickle.uri,
        line: e.pickle.location?.line,
        tags: e.pickle.tags.map(t => t.name),
      })
    else if (e.testCase) this.testCases.set(e.testCase.id, e.testCase.pickleId)
    else if (e.testCaseStarted) {
      this.open.set(e.testCaseStarted.id, {
        testCaseId: e.testCaseStarted.testCaseId,
        status: "PASSED",
        started: Date.now(),
        transcript: [],
      })
      const p = this.pickles.get(
        this.testCases.get(e.testCaseStarted.testCaseId) ?? "",
      )
      if (p)
        this.watcher?.start(
          p.name,
          requirementTags(p.tags),
          `${p.uri}:${p.line}`,
        )
    } else if (e.testStepFinished) {
      const o = this.open.get(e.testStepFinished.testCaseStartedId)
      const s = e.testStepFinished.testStepResult.status
      if (o && severity[s] > severity[o.status]) o.status = s
    } else if (e.attachment?.testCaseStartedId) {
      this.attach(
        this.open.get(e.attachment.testCaseStartedId),
        e.attachment.mediaType,
        e.attachment.body,
      )
    } else if (e.testCaseFinished && !e.testCaseFinished.willBeRetried) {
      this.finish(e.testCaseFinished.testCaseStartedId)
    }
  }

  private attach(o: Open | undefined, mediaType: string, body: string): void {
    if (!o) return
    if (mediaType === verdictMediaType)
      o.verdict = JSON.parse(body) as ScenarioVerdict
    if (mediaType === transcriptMediaType)
      o.transcript = JSON.parse(body) as TranscriptEntry[]
  }

  private finish(startedId: string): void {
    const o = this.open.get(startedId)
    this.open.delete(startedId)
    const pickle = o && this.pickles.get(this.testCases.get(o.testCaseId) ?? "")
    if (!o || !pickle) return
    const suite = o.verdict?.suiteError
    const r: ScenarioResult = {
      ...pickle,
      requirements: requirementTags(pickle.tags),
      status: suite ? "ERROR" : o.status,
      durationMs: Date.now() - o.started,
      verdict: o.verdict,
      transcript: o.transcript,
      ...(suite
        ? {
            error: {
              message: `suite error, not the IUT's: ${suite}`,
              signal: null,
              exitCode: null,
              stderr: "",
            },
          }
        : {}),
    }
    this.results.push(r)
    this.onScenario?.(r)
  }
}
