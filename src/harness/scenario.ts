import { BindError } from "../core/bind"
import { IutStartError } from "../errors"
import { describeExit, IutProcess } from "./iut"
import { curveValues, noCurveReason } from "./curve-setup"
import { fill, freePort } from "./endpoints"
import { NetLab, type NetLink } from "./netns"
import type { SuiteConfig } from "./config"
import type { RoleSpec } from "./module"
import { protocolNamed, roleOf } from "../protocols/registry"
import { Timing } from "./timing"
import { Transcript } from "./transcript"
import {
  ConformanceFailure,
  type Observation,
  type ScenarioVerdict,
} from "./verdict"

/**
 * A requirement ID: a protocol's (MDP-34, MDP2-35, FLP-S1) or one of the
 * suite's own rules (MARQUE-ROBUST-1, specs/marque.yaml).
 */
export const requirementId = /[A-Z]+\d*(?:-[A-Z]+)?-[A-Z]?\d+/
const requirementTag = new RegExp(`^@(${requirementId.source})$`)

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
  for (const tag of tags) {
    const claim = /^@claims-(.+)$/.exec(tag)?.[1]
    if (!claim) continue
    if (!(claim in config.claims))
      throw new Error(
        `the scenario needs claim "${claim}", which ${config.protocol} does not declare (declared: ${Object.keys(config.claims).join(", ")})`,
      )
    const why = config.claims[claim]
    if (why !== null) return why
  }
  return undefined
}

/** The role's topology, from the protocol module. */
export function topology(config: SuiteConfig): RoleSpec {
  return roleOf(protocolNamed(config.protocol), config.role)
}

/** The first declared endpoint: the one {endpoint}, {host} and {port} refer to. */
export function mainPlaceholder(spec: RoleSpec): string {
  return Object.keys(spec.endpoints)[0]
}

/** Whether the suite starts the IUT after binding what it connects to (a worker, a client). */
export function iutConnects(spec: RoleSpec): boolean {
  return Object.values(spec.endpoints).some(e => e.bind === "suite")
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
  if (tags.includes("@security") && !config.curve) return noCurveReason
  const netns = tags.includes("@netns")
  if ((netns || tags.includes("@controls-iut")) && !config.start)
    return "the IUT is already running: the suite can only kill, freeze, restart or partition an IUT it starts (give --start)"
  if (!netns) return undefined
  const noHost = Object.entries(config.endpoints).find(
    ([, t]) => !t.includes("{host}"),
  )
  if (noHost)
    return `the endpoint ${noHost[1]} has no {host} placeholder, so the IUT cannot be moved into a network namespace`
  return NetLab.unavailable()
}

/** Endpoints by placeholder, for one IUT process. */
export type Endpoints = Record<string, string>

/**
 * One scenario's life: fresh IUT processes on fresh ports when the suite
 * starts them, a transcript, and at the end a verdict that says which
 * requirement broke.
 */
export class ScenarioRun {
  readonly transcript = new Transcript()
  readonly timing: Timing
  readonly primaryRule: string
  readonly observations: Observation[] = []
  readonly spec: RoleSpec
  /** The IUT processes by name ("iut", or the role's declared processes). */
  readonly iuts = new Map<string, IutProcess>()
  /** A step expected the IUT to exit (a client that finished or gave up). */
  exitExpected = false
  /** When the suite last injected a fault (performance.now()), for "since the fault" checks. */
  faultAt = 0
  /** Where the suite reaches each IUT-bound socket, per process. */
  private reach = new Map<string, Endpoints>()
  /** The free port picked for each IUT-bound placeholder, per process. */
  private ports = new Map<string, Record<string, number>>()
  /** The network namespace the IUT runs in, for @netns scenarios. */
  /** One namespace per IUT process (a pair can then be parted from itself). */
  private labs = new Map<string, NetLab>()
  private mains = new Map<string, NetLink>()
  /** Processes killed on purpose: their exit is no crash. */
  private killed = new Set<string>()

  private get lab(): NetLab | undefined {
    return this.labs.get(this.processes[0])
  }

  private get mainLink(): NetLink | undefined {
    return this.mains.get(this.processes[0])
  }

  constructor(
    readonly config: SuiteConfig,
    readonly tags: readonly string[],
  ) {
    this.timing = new Timing(config.timing)
    this.primaryRule = requirementTags(tags)[0] ?? "*"
    this.spec = topology(config)
  }

  /** The suite started the IUT, so scenarios share nothing. */
  get isolated(): boolean {
    return this.config.start !== undefined
  }

  /** The IUT process (the first one, when the role has several). */
  get iut(): IutProcess | undefined {
    return this.iuts.values().next().value
  }

  private get processes(): readonly string[] {
    return this.spec.processes ?? ["iut"]
  }

  async open(): Promise<void> {
    const { config } = this
    if (this.tags.includes("@netns")) {
      for (const name of this.processes) {
        const lab = await NetLab.create()
        this.labs.set(name, lab)
        const main = await lab.link("main")
        this.mains.set(name, main)
        this.transcript.note(
          "suite",
          `IUT${this.spec.processes ? ` ${name}` : ""} in network namespace ${lab.ns}, reached at ${main.nsAddress}`,
        )
      }
      // Two processes talk over their own link, "peer", which the suite can cut.
      const [a, b] = this.processes
      if (b) await this.labs.get(a)!.peerLink(this.labs.get(b)!, "peer")
    }
    // A worker or client: the scenario binds first, then calls startIut().
    if (iutConnects(this.spec)) return
    if (!config.start) {
      this.reach.set(this.processes[0], this.literalEndpoints())
      return
    }
    await this.startOnFreePorts()
  }

  /**
   * Starts every process on ports picked free. Anything on the machine can
   * take such a port before the IUT binds it: an IUT that exits saying so
   * before binding is started again on other ports (twice at most). That
   * race is the suite's, never the IUT's fault.
   */
  private async startOnFreePorts(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      for (const name of this.processes) await this.pickPorts(name)
      try {
        // Several processes (a pair) start together: none waits on another's
        // start-up, which is most of a short scenario on a loaded machine.
        await Promise.all(
          this.processes.map(name => this.startProcess(name, {})),
        )
        return
      } catch (err) {
        if (attempt === 3 || !portTaken(err)) throw err
        this.transcript.note(
          "suite",
          "a port picked for the IUT was taken before it could bind it; starting it again on other ports",
        )
      }
    }
  }

  /** Endpoints of an IUT the user started, as given (fallbacks applied). */
  private literalEndpoints(): Endpoints {
    const out: Endpoints = {}
    for (const [key, e] of Object.entries(this.spec.endpoints))
      if (e.bind === "iut")
        out[key] =
          this.config.endpoints[key] ??
          this.config.endpoints[e.fallback ?? ""] ??
          ""
    return out
  }

  private async pickPorts(name: string): Promise<void> {
    const ports: Record<string, number> = {}
    for (const [key, e] of Object.entries(this.spec.endpoints))
      if (e.bind === "iut" && this.ownTemplate(key))
        ports[key] = await freePort()
    this.ports.set(name, ports)
    this.reach.set(
      name,
      this.endpointsAt(name, this.mains.get(name)?.nsAddress ?? "127.0.0.1"),
    )
  }

  /** The user's template for a placeholder; undefined when it falls back to another socket. */
  private ownTemplate(key: string): string | undefined {
    const e = this.spec.endpoints[key]
    return (
      this.config.endpoints[key] ??
      (e.fallback ? undefined : "tcp://{host}:{port}")
    )
  }

  /** Every IUT-bound endpoint of one process, filled for one host. */
  private endpointsAt(name: string, host: string): Endpoints {
    const ports = this.ports.get(name) ?? {}
    const out: Endpoints = {}
    const entries = Object.entries(this.spec.endpoints)
    for (const [key, e] of entries) {
      if (e.bind !== "iut") continue
      const template = this.ownTemplate(key)
      if (template) out[key] = fill(template, { port: ports[key], host })
    }
    for (const [key, e] of entries)
      if (e.bind === "iut" && !out[key] && e.fallback)
        out[key] = out[e.fallback]
    return out
  }

  private async startProcess(name: string, values: Endpoints): Promise<void> {
    const reach = { ...this.reach.get(name), ...values }
    // In a namespace the IUT binds every address it has, one per link.
    const lab = this.labs.get(name)
    const told = lab ? this.endpointsAt(name, "0.0.0.0") : reach
    const all = Object.fromEntries(this.reach)
    const viaPeer = await this.viaPeer(name)
    const main = mainPlaceholder(this.spec)
    const probes = Object.entries(this.spec.endpoints)
      .filter(([k, e]) => e.bind === "iut" && reach[k])
      .map(([k]) => reach[k])
    const iut = new IutProcess({
      command: this.config.start!,
      endpoint: told[main] ?? reach[main],
      probeAt: [...new Set(probes)],
      startTimeoutMs: this.config.startTimeoutMs,
      bindProbe: probes.length > 0,
      values: {
        ...reach,
        ...told,
        ...(this.spec.processes ? { role: name } : {}),
        ...curveValues(this.config.curve),
        ...this.spec.values?.(name, all, viaPeer),
      },
      prefix: lab?.exec,
    })
    await this.iuts.get(name)?.stop()
    this.iuts.set(name, iut)
    this.killed.delete(name)
    this.transcript.note(
      "suite",
      `starting IUT${this.spec.processes ? ` ${name}` : ""} ${JSON.stringify(reach)}`,
    )
    await iut.start()
  }

  /**
   * The other processes' endpoints as this one reaches them: over the
   * "peer" link in a @netns scenario, else the same as the suite's.
   */
  private async viaPeer(name: string): Promise<Record<string, Endpoints>> {
    const out: Record<string, Endpoints> = {}
    const [a, b] = this.processes
    for (const other of this.processes) {
      if (other === name) continue
      const labA = this.labs.get(a)
      const link =
        labA && b ? await labA.peerLink(this.labs.get(b)!, "peer") : undefined
      const host = link
        ? other === a
          ? link.rootAddress
          : link.nsAddress
        : undefined
      out[other] = host
        ? this.endpointsAt(other, host)
        : (this.reach.get(other) ?? {})
    }
    return out
  }

  /** Where the suite reaches the IUT's socket for this placeholder (default: the main one). */
  endpoint(placeholder?: string, process?: string): string {
    const key = placeholder ?? mainPlaceholder(this.spec)
    const ep = this.reach.get(process ?? this.processes[0])?.[key]
    if (!ep)
      throw new Error(
        `the IUT has no endpoint {${key}}${process ? ` for ${process}` : ""} (yet)`,
      )
    return ep
  }

  /** Where the suite reaches a placeholder's socket over the named link (made on first use). */
  async endpointVia(link: string, placeholder?: string): Promise<string> {
    const host = (await this.netLab(link).link(link)).nsAddress
    const key = placeholder ?? mainPlaceholder(this.spec)
    const ep = this.endpointsAt(this.processes[0], host)[key]
    if (!ep) throw new Error(`the IUT has no endpoint {${key}}`)
    return ep
  }

  /** The lab holding a link: the first process's ("peer" too), or the named process's. */
  private netLab(link: string, process?: string): NetLab {
    const lab = process ? this.labs.get(process) : this.lab
    if (!lab)
      throw new Error(
        `network link "${link}" needs a @netns scenario${process ? ` and an IUT process "${process}"` : ""}`,
      )
    return lab
  }

  /** Why the IUT can no longer answer, or undefined while it runs (or was expected to exit). */
  iutGone = (): string | undefined => {
    if (this.exitExpected) return undefined
    for (const [name, iut] of this.iuts)
      if (iut.exit && !this.killed.has(name))
        return `the IUT${this.spec.processes ? ` ${name}` : ""} exited (${describeExit(iut.exit)})`
    return undefined
  }

  /**
   * Where the suite binds a socket the IUT connects to (default: the main
   * placeholder), from the user's template: on `port` (default: any, the
   * OS picks at bind). For a list placeholder ({endpoints} of a Freelance
   * client) `index` picks the entry of a comma-separated list; a single
   * template serves every index, each on its own port.
   */
  bindEndpoint(
    placeholder?: string,
    port: number | "*" = "*",
    index = 0,
  ): string {
    const key = placeholder ?? mainPlaceholder(this.spec)
    const list = (this.config.endpoints[key] ?? "tcp://{host}:{port}").split(
      ",",
    )
    return fill(list[Math.min(index, list.length - 1)], {
      port,
      host: this.mainLink?.rootAddress ?? "127.0.0.1",
    })
  }

  /**
   * Starts an IUT that connects to the suite: `endpoints` are the suite's
   * bound endpoints by placeholder (a string: the main one), `values` the
   * launch-contract values ({service}, {body}).
   */
  async startIut(
    endpoints: string | Endpoints,
    values: Record<string, string> = {},
  ): Promise<void> {
    const eps =
      typeof endpoints === "string"
        ? { [mainPlaceholder(this.spec)]: endpoints }
        : endpoints
    const name = this.processes[0]
    this.reach.set(name, { ...this.reach.get(name), ...eps })
    await this.startProcess(name, values)
  }

  /** The named IUT process (default: the first), which must be running. */
  private started(name?: string): IutProcess {
    const iut = name ? this.iuts.get(name) : this.iut
    if (!iut?.running)
      throw new Error(
        `the suite has no running IUT${name ? ` ${name}` : ""} to inject a fault into`,
      )
    return iut
  }

  /** A crash and a restart: kill -9, then the same command on the same endpoint. */
  async restartIut(name?: string): Promise<void> {
    const iut = this.started(name)
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
  freezeIut(name?: string): void {
    this.started(name).signal("SIGSTOP")
    this.faultAt = performance.now()
    this.transcript.note("suite", "fault: IUT frozen (SIGSTOP)")
  }

  resumeIut(name?: string): void {
    this.started(name).signal("SIGCONT")
    this.transcript.note("suite", "fault: IUT resumed (SIGCONT)")
  }

  /** Partitions the peers that use `link` from the IUT; connections stay open, packets stop. */
  async cutLink(link: string, process?: string): Promise<void> {
    await this.netLab(link, process).cut(link)
    this.faultAt = performance.now()
    this.transcript.note(
      "suite",
      `fault: network link "${link}"${process ? ` of ${process}` : ""} cut`,
    )
  }

  async restoreLink(link: string, process?: string): Promise<void> {
    await this.netLab(link, process).restore(link)
    this.transcript.note(
      "suite",
      `fault: network link "${link}"${process ? ` of ${process}` : ""} restored`,
    )
  }

  /** kill -9 of one process, on purpose: its exit is no crash until it is started again. */
  async killIut(name?: string): Promise<void> {
    const key = name ?? this.processes[0]
    const iut = this.started(name)
    this.killed.add(key)
    this.faultAt = performance.now()
    this.transcript.note(
      "suite",
      `fault: kill -9 the IUT${name ? ` ${name}` : ""}`,
    )
    await iut.kill()
  }

  /** Starts a killed (or exited) process again: same command, same endpoints. */
  async startIutAgain(name?: string): Promise<void> {
    const key = name ?? this.processes[0]
    const iut = this.iuts.get(key)
    if (!iut) throw new Error(`no IUT process "${key}" to start again`)
    await iut.stop()
    this.killed.delete(key)
    this.transcript.note(
      "suite",
      `starting the IUT${name ? ` ${name}` : ""} again`,
    )
    await iut.start()
  }

  /** Stops the IUT and turns how the scenario ended into a verdict. */
  async close(error: unknown): Promise<ScenarioVerdict> {
    const died = this.exitExpected
      ? undefined
      : [...this.iuts].find(([n, i]) => i.exit && !this.killed.has(n))?.[1].exit
    if (died)
      this.transcript.note(
        "suite",
        `IUT ${describeExit(died)} during the scenario`,
      )
    await Promise.all([...this.iuts.values()].map(i => i.stop()))
    for (const lab of this.labs.values()) await lab.destroy()
    // Every IUT binds in its own process: a bind refused here is the suite's.
    if (error instanceof BindError)
      return {
        observations: this.observations,
        suiteError: `the suite could not bind a socket of its own: ${error.message}`,
      }
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

/** An IUT that exited before binding because its port was already in use. */
function portTaken(err: unknown): boolean {
  return (
    err instanceof IutStartError &&
    /\bexited\b.* before binding/.test(err.message) &&
    /address already in use|EADDRINUSE/i.test(err.output)
  )
}
