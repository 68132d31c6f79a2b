import { describeExit, IutProcess } from "./iut"
import { fill, freePort } from "./endpoints"
import type { SuiteConfig } from "./config"
import { Timing } from "./timing"
import { Transcript } from "./transcript"
import { ConformanceFailure, type Observation, type ScenarioVerdict } from "./verdict"

const requirementTag = /^@([A-Z]+\d*-\d+)$/

/** Requirement IDs a scenario is tagged with, in tag order. */
export function requirementTags(tags: readonly string[]): string[] {
  return tags.map(t => requirementTag.exec(t)?.[1]).filter((id): id is string => !!id)
}

/** Why a scenario cannot run against this IUT, from its @claims-* tags. */
export function unclaimed(config: SuiteConfig, tags: readonly string[]): string | undefined {
  if (tags.includes("@claims-mmi") && !config.claims.mmi)
    return "the IUT does not claim 8/MMI (profile claims.mmi is false)"
  if (tags.includes("@claims-request-expiry") && !config.claims.requestExpiry)
    return "the IUT declares no request expiry (set request-expiry-ms in the profile or --request-expiry-ms)"
  if (tags.includes("@claims-busy-worker") && !config.claims.busyWorker)
    return "the worker declares no busy time (give --worker-busy-ms, at least 3 heartbeat intervals)"
  if (tags.includes("@claims-retry") && !config.claims.retry)
    return "the client claims no retry (give --client-timeout-ms and --client-retries, or set them in the profile)"
  return undefined
}

/**
 * One scenario's life: a fresh IUT on a fresh port when the suite starts it,
 * a transcript, and at the end a verdict that says which requirement broke.
 */
export class ScenarioRun {
  readonly transcript = new Transcript()
  readonly timing: Timing
  readonly primaryRule: string
  readonly observations: Observation[] = []
  iut?: IutProcess
  /** A step expected the IUT to exit (a client that finished or gave up). */
  exitExpected = false
  clientEndpoint = ""
  workerEndpoint = ""

  constructor(
    readonly config: SuiteConfig,
    readonly tags: readonly string[],
  ) {
    this.timing = new Timing(config.timing)
    this.primaryRule = requirementTags(tags)[0] ?? "*"
  }

  /** The suite started the IUT, so scenarios share nothing. */
  get isolated(): boolean {
    return this.config.start !== undefined
  }

  async open(): Promise<void> {
    const { config } = this
    if (!config.iutBinds) return // the scenario binds first, then calls startIut()
    if (!config.start) {
      this.clientEndpoint = config.endpoint
      this.workerEndpoint = config.workerEndpoint ?? config.endpoint
      return
    }
    const port = await freePort()
    const values = { port, host: "127.0.0.1" }
    this.clientEndpoint = fill(config.endpoint, values)
    this.workerEndpoint = fill(config.workerEndpoint ?? config.endpoint, values)
    this.iut = new IutProcess({ command: config.start, endpoint: this.clientEndpoint, startTimeoutMs: config.startTimeoutMs })
    this.transcript.note("suite", `starting IUT on ${this.clientEndpoint}`)
    await this.iut.start()
  }

  /** Why the IUT can no longer answer, or undefined while it runs (or was expected to exit). */
  iutGone = (): string | undefined => {
    const exit = this.exitExpected ? undefined : this.iut?.exit
    return exit && `the IUT exited (${describeExit(exit)})`
  }

  /** Where the suite binds when it plays the peer a worker or client IUT connects to. */
  bindEndpoint(): string {
    return fill(this.config.endpoint, { port: "*", host: "127.0.0.1" })
  }

  /** Starts a worker or client IUT told to connect to the suite at `endpoint`. */
  async startIut(endpoint: string, values: Record<string, string>): Promise<void> {
    await this.iut?.stop()
    this.iut = new IutProcess({ command: this.config.start!, endpoint, startTimeoutMs: this.config.startTimeoutMs, bindProbe: false, values })
    this.transcript.note("suite", `starting IUT for ${endpoint} ${JSON.stringify(values)}`)
    await this.iut.start()
  }

  /** Stops the IUT and turns how the scenario ended into a verdict. */
  async close(error: unknown): Promise<ScenarioVerdict> {
    const died = this.exitExpected ? undefined : this.iut?.exit
    if (died) this.transcript.note("suite", `IUT ${describeExit(died)} during the scenario`)
    await this.iut?.stop()
    const failure = error ? this.describe(error, died) : died ? this.crashed(died) : undefined
    return { observations: this.observations, failure }
  }

  private describe(error: unknown, died?: { code: number | null; signal: string | null }): ScenarioVerdict["failure"] {
    const exit = died && !/the IUT exited/.test(String((error as Error)?.message)) ? ` (the IUT had exited: ${describeExit(died)})` : ""
    if (error instanceof ConformanceFailure) {
      return { rule: error.rule, expected: error.expected, actual: error.actual + exit, detail: error.message + exit }
    }
    const message = error instanceof Error ? error.message : String(error)
    return { rule: "*", expected: "the scenario to complete", actual: message + exit, detail: message + exit }
  }

  private crashed(died: { code: number | null; signal: string | null }): ScenarioVerdict["failure"] {
    const actual = `the IUT exited during the scenario (${describeExit(died)})\n${this.iut?.tail() ?? ""}`
    return { rule: "*", expected: "the IUT keeps running", actual, detail: actual }
  }
}
