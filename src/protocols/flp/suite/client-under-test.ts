import { describeExit } from "../../../harness/iut"
import type { ScenarioRun } from "../../../harness/scenario"
import { ConformanceFailure } from "../../../harness/verdict"
import { exitOf, expectReported } from "./reported"
import { FlpServers, type Trap } from "./servers"

/** What the client under test declares (its profile). */
export interface FlpClientClaims {
  /** A request fails when no reply came within this (the Guide's GLOBAL_TIMEOUT). */
  readonly timeoutMs: number
  /** It is the Guide's model 3: it sends only to servers it has heard from (FLP-C4). */
  readonly model3: boolean
}

/**
 * The suite as the three servers of an FLP client under test, started with
 * {endpoints} (comma-separated), {count} and {body}: it sends {count}
 * requests one after another, prints each reply's frames one per line on
 * stdout, and exits 0, or non-zero once a request got no reply in time.
 */
export class ClientUnderTest {
  readonly servers: FlpServers

  constructor(
    private readonly run: ScenarioRun,
    readonly claims: FlpClientClaims,
  ) {
    this.servers = new FlpServers(
      run.transcript,
      claims.model3,
      Math.min(300, run.timing.reply),
      (index, port) => run.bindEndpoint(undefined, port, index),
    )
  }

  /** How long anything the client does may take beyond its own timers. */
  private get slack(): number {
    return this.run.timing.reply
  }

  async start(count: number, body = "hello"): Promise<void> {
    const endpoints = await this.servers.start()
    await this.run.startIut(endpoints.join(","), {
      body,
      count: String(count),
    })
  }

  setTrap(trap: Trap, late = false): void {
    this.servers.trap = trap
    this.servers.lateReply = late
  }

  /** Waits for `done`, bounded; a rule broken meanwhile, or the client gone, fails first. */
  private async until(
    done: () => boolean,
    within: number,
    rule: string,
    expected: string,
  ): Promise<void> {
    const deadline = performance.now() + within
    for (;;) {
      if (this.servers.violation) throw this.servers.violation
      if (done()) return
      const gone = this.run.iutGone()
      if (gone || performance.now() > deadline)
        throw new ConformanceFailure(
          rule,
          `${expected} within ${Math.round(within)} ms`,
          gone ?? "nothing of the kind arrived",
        )
      await new Promise(r => setTimeout(r, 10))
    }
  }

  async expectFirstRequest(rule: string): Promise<void> {
    const within = this.run.config.startTimeoutMs + this.slack
    await this.until(
      () => this.servers.arrivals.length > 0,
      within,
      rule,
      "a request at one of the servers",
    )
  }

  /** FLP-C2: the trapped request goes to another server before the client's deadline. */
  async expectFailover(): Promise<void> {
    await this.expectFirstRequest("FLP-C2")
    const t = this.servers.trapped!
    const within = t.at + this.claims.timeoutMs + this.slack - performance.now()
    await this.until(
      () => this.servers.arrivals.some(a => a.server !== t.server),
      within,
      "FLP-C2",
      `the request at another server once ${t.server.name} was ${this.servers.trap}, before the client's ${this.claims.timeoutMs} ms deadline`,
    )
  }

  /** FLP-C1: every reply reported once, none from another request, exit 0. */
  async expectReported(): Promise<void> {
    await this.expectFirstRequest("FLP-C1")
    const last = () => this.servers.arrivals.at(-1)!.at
    await expectReported(
      this.run,
      this.servers.answers,
      () => last() + this.claims.timeoutMs + this.slack,
      "FLP-C1",
    )
    if (this.servers.violation) throw this.servers.violation
  }

  /** FLP-C3: with every server gone, a non-zero exit within the declared deadline, no reply reported. */
  async expectGivesUp(): Promise<void> {
    await this.expectFirstRequest("FLP-C3")
    const first = this.servers.arrivals[0]
    const within = first.at + this.claims.timeoutMs + this.slack
    const exit = await exitOf(this.run, () => within)
    if (this.servers.violation) throw this.servers.violation
    if (!exit)
      throw new ConformanceFailure(
        "FLP-C3",
        `a non-zero exit within the client's ${this.claims.timeoutMs} ms deadline once every server was gone`,
        `it is still running ${Math.round(performance.now() - first.at)} ms after its request`,
      )
    const out = this.run.iut!.stdout.trim()
    if (out !== "")
      throw new ConformanceFailure(
        "FLP-C1",
        "no reply reported: no server answered",
        `it printed ${JSON.stringify(out)}`,
      )
    if (exit.code === 0)
      throw new ConformanceFailure(
        "FLP-C3",
        "a non-zero exit: no server answered",
        `it ended with ${describeExit(exit)}`,
      )
  }

  async close(): Promise<void> {
    await this.servers.close()
  }
}
