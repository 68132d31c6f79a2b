import { describeExit, IutProcess } from "./iut"
import { fill, freePort } from "./endpoints"
import { NetLab, type NetLink } from "./netns"
import type { SuiteConfig } from "./config"
import { Timing } from "./timing"
import { Transcript } from "./transcript"
import {
  ConformanceFailure,
  type Observation,
  type ScenarioVerdict,
} from "./verdict"

const requirementTag = /^@([A-Z]+\d*-\d+)$/

/** Requirement IDs a scenario is tagged with, in tag order. */
export function requirementTags(tags: readonly string[]): string[] {
  return tags
    .map(t => requirementTag.exec(t)?.[1])
    .filter((id): id is string => !!id)
}

/** Why a scenario cannot run against this IUT, from its @claims-* tags. */
export function unclaimed(
  config: SuiteConfig,
  tags: readonly string[],
): string | undefined {
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
 * Why a scenario cannot run in this setup: what it claims, or what it needs
 * of the environment (@controls-iut kills and freezes the IUT, @netns
 * moves it into a network namespace to partition it).
 */
export async function cannotRun(
  config: SuiteConfig,
  tags: readonly string[],
): Promise<string | undefined> {
  const reason = unclaimed(config, tags)
  if (reason) return reason
  const netns = tags.includes("@netns")
  if ((netns || tags.includes("@controls-iut")) && !config.start)
    return "the IUT is already running: the suite can only kill, freeze, restart or partition an IUT it starts (give --start)"
  if (!netns) return undefined
  if (!config.endpoint.includes("{host}"))
    return `the endpoint ${config.endpoint} has no {host} placeholder, so the IUT cannot be moved into a network namespace`
  return NetLab.unavailable()
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
  /** When the suite last injected a fault (performance.now()), for "since the fault" checks. */
  faultAt = 0
  /** The network namespace the IUT runs in, for @netns scenarios. */
  private lab?: NetLab
  private mainLink?: NetLink
  private port = 0

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
    if (this.tags.includes("@netns")) {
      this.lab = await NetLab.create()
      this.mainLink = await this.lab.link("main")
      this.transcript.note(
        "suite",
        `IUT in network namespace ${this.lab.ns}, reached at ${this.mainLink.nsAddress}`,
      )
    }
    if (!config.iutBinds) return // the scenario binds first, then calls startIut()
    if (!config.start) {
      this.clientEndpoint = config.endpoint
      this.workerEndpoint = config.workerEndpoint ?? config.endpoint
      return
    }
    this.port = await freePort()
    const host = this.mainLink?.nsAddress ?? "127.0.0.1"
    this.clientEndpoint = this.iutEndpoint(host)
    this.workerEndpoint = this.iutEndpoint(host, config.workerEndpoint)
    // In a namespace the IUT binds every address it has, one per link.
    const told = this.lab ? this.iutEndpoint("0.0.0.0") : this.clientEndpoint
    this.iut = new IutProcess({
      command: config.start,
      endpoint: told,
      reachAt: this.clientEndpoint,
      prefix: this.lab?.exec,
      startTimeoutMs: config.startTimeoutMs,
    })
    this.transcript.note("suite", `starting IUT on ${this.clientEndpoint}`)
    await this.iut.start()
  }

  private iutEndpoint(host: string, template?: string): string {
    return fill(template ?? this.config.endpoint, { port: this.port, host })
  }

  /** Where a suite worker reaches a broker IUT over the named link (made on first use). */
  async workerEndpointVia(link: string): Promise<string> {
    return this.iutEndpoint(
      (await this.netLab(link).link(link)).nsAddress,
      this.config.workerEndpoint,
    )
  }

  private netLab(link: string): NetLab {
    if (!this.lab)
      throw new Error(`network link "${link}" needs a @netns scenario`)
    return this.lab
  }

  /** Why the IUT can no longer answer, or undefined while it runs (or was expected to exit). */
  iutGone = (): string | undefined => {
    const exit = this.exitExpected ? undefined : this.iut?.exit
    return exit && `the IUT exited (${describeExit(exit)})`
  }

  /** Where the suite binds when it plays the peer a worker or client IUT connects to. */
  bindEndpoint(): string {
    return fill(this.config.endpoint, {
      port: "*",
      host: this.mainLink?.rootAddress ?? "127.0.0.1",
    })
  }

  /** Starts a worker or client IUT told to connect to the suite at `endpoint`. */
  async startIut(
    endpoint: string,
    values: Record<string, string>,
  ): Promise<void> {
    await this.iut?.stop()
    this.iut = new IutProcess({
      command: this.config.start!,
      endpoint,
      startTimeoutMs: this.config.startTimeoutMs,
      bindProbe: false,
      values,
      prefix: this.lab?.exec,
    })
    this.transcript.note(
      "suite",
      `starting IUT for ${endpoint} ${JSON.stringify(values)}`,
    )
    await this.iut.start()
  }

  private get started(): IutProcess {
    if (!this.iut?.running)
      throw new Error("the suite has no running IUT to inject a fault into")
    return this.iut
  }

  /** A crash and a restart: kill -9, then the same command on the same endpoint. */
  async restartIut(): Promise<void> {
    const iut = this.started
    this.faultAt = performance.now()
    this.transcript.note("suite", "fault: kill -9 the IUT")
    await iut.kill()
    this.transcript.note(
      "suite",
      `fault: IUT ${describeExit(iut.exit!)}; starting it again on the same endpoint`,
    )
    await iut.start()
  }

  /** SIGSTOP: the IUT is frozen (a busy loop, a long GC, a swapped-out process) with its sockets open. */
  freezeIut(): void {
    this.started.signal("SIGSTOP")
    this.faultAt = performance.now()
    this.transcript.note("suite", "fault: IUT frozen (SIGSTOP)")
  }

  resumeIut(): void {
    this.started.signal("SIGCONT")
    this.transcript.note("suite", "fault: IUT resumed (SIGCONT)")
  }

  /** Partitions the peers that use `link` from the IUT; connections stay open, packets stop. */
  async cutLink(link: string): Promise<void> {
    await this.netLab(link).cut(link)
    this.faultAt = performance.now()
    this.transcript.note("suite", `fault: network link "${link}" cut`)
  }

  async restoreLink(link: string): Promise<void> {
    await this.netLab(link).restore(link)
    this.transcript.note("suite", `fault: network link "${link}" restored`)
  }

  /** Stops the IUT and turns how the scenario ended into a verdict. */
  async close(error: unknown): Promise<ScenarioVerdict> {
    const died = this.exitExpected ? undefined : this.iut?.exit
    if (died)
      this.transcript.note(
        "suite",
        `IUT ${describeExit(died)} during the scenario`,
      )
    await this.iut?.stop()
    await this.lab?.destroy()
    const failure = error
      ? this.describe(error, died)
      : died
        ? this.crashed(died)
        : undefined
    return { observations: this.observations, failure }
  }

  private describe(
    error: unknown,
    died?: { code: number | null; signal: string | null },
  ): ScenarioVerdict["failure"] {
    const exit =
      died && !/the IUT exited/.test(String((error as Error)?.message))
        ? ` (the IUT had exited: ${describeExit(died)})`
        : ""
    if (error instanceof ConformanceFailure) {
      return {
        rule: error.rule,
        expected: error.expected,
        actual: error.actual + exit,
        detail: error.message + exit,
      }
    }
    const message = error instanceof Error ? error.message : String(error)
    return {
      rule: "*",
      expected: "the scenario to complete",
      actual: message + exit,
      detail: message + exit,
    }
  }

  private crashed(died: {
    code: number | null
    signal: string | null
  }): ScenarioVerdict["failure"] {
    const actual = `the IUT exited during the scenario (${describeExit(died)})\n${this.iut?.tail() ?? ""}`
    return {
      rule: "*",
      expected: "the IUT keeps running",
      actual,
      detail: actual,
    }
  }
}
