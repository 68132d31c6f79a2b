import { renderFrames } from "../../../codec"
import { describeExit } from "../../../harness/iut"
import type { Options } from "../../../harness/module"
import type { ScenarioRun } from "../../../harness/scenario"
import { ConformanceFailure } from "../../../harness/verdict"
import { type Attempt, FakePair, serverName } from "./fake-pair"

const num = (o: Options, key: string, fallback: number) =>
  (o[key] as number | undefined) ?? fallback

/**
 * The suite as a Binary Star pair for a client under test: two frontends
 * that answer (active) or keep silent (passive or dead), as a scenario
 * sets them. The client's declared timeout and settle delay, and the
 * pair's heartbeat it is meant for, bound every check.
 */
export class ClientUnderTest {
  private readonly pair: FakePair
  readonly timeoutMs: number
  readonly settleMs: number
  /** The failover timeout of the pair the client is meant for (BSTAR-5, BSTAR-28). */
  readonly failoverMs: number
  readonly giveUpAfter?: number

  constructor(
    private readonly run: ScenarioRun,
    options: Options,
  ) {
    this.pair = new FakePair(run.transcript)
    this.timeoutMs = num(options, "client-timeout-ms", 1000)
    this.settleMs = num(options, "settle-ms", 2000)
    this.failoverMs = 2 * num(options, "heartbeat-ms", 1000)
    this.giveUpAfter = options["give-up-after"] as number | undefined
  }

  /** Which of the suite's servers answer, primary first. */
  answering(primary: boolean, backup: boolean): void {
    this.pair.answering.splice(0, 2, primary, backup)
  }

  async start(): Promise<void> {
    const bound = await this.pair.bind([
      this.run.bindEndpoint("primary"),
      this.run.bindEndpoint("backup"),
    ])
    await this.run.startIut({ primary: bound[0], backup: bound[1] })
  }

  /** The n-th try (0-based): a new connection to either server. */
  private async attempt(n: number, rule: string): Promise<Attempt> {
    // Each try waits a timeout and a settle delay, plus slack for start-up.
    const within = 2 * (this.timeoutMs + this.settleMs) + 3000
    const deadline = performance.now() + within
    let a: Attempt | undefined
    while (!a && performance.now() < deadline) {
      a = await this.pair.attempt(
        n,
        Math.min(deadline, performance.now() + 100),
      )
      const exit = this.run.iut?.exit
      if (!a && exit)
        throw new ConformanceFailure(
          rule,
          `try ${n + 1} of the request`,
          `the client exited (${describeExit(exit)}) after ${n} tr${n === 1 ? "y" : "ies"}`,
        )
    }
    if (!a)
      throw new ConformanceFailure(
        rule,
        `try ${n + 1} of the request within ${Math.round(within)} ms`,
        `nothing reached either server after ${n} tr${n === 1 ? "y" : "ies"}`,
      )
    return a
  }

  /** The request of a try; a malformed one fails on the rule it breaks. */
  private async requestOf(a: Attempt): Promise<Buffer[] | undefined> {
    const body = await this.pair.request(a, this.timeoutMs)
    if (a.invalid)
      throw new ConformanceFailure(
        a.invalid.rule,
        "a request with REQ's empty delimiter",
        a.invalid.detail,
      )
    return body
  }

  /** BSTAR-26: the first try goes to the primary. */
  async expectFirstAtPrimary(): Promise<Attempt> {
    const first = await this.attempt(0, "BSTAR-26")
    if (first.server !== 0)
      throw new ConformanceFailure(
        "BSTAR-26",
        "the first request sent to the primary",
        `the first connection went to the ${serverName(first.server)}`,
      )
    await this.requestOf(first)
    return first
  }

  /**
   * BSTAR-27: after a try that timed out, the next goes to the other
   * server, on a new connection, with the same bytes, a timeout and a
   * settle delay later. Returns the pause after the timeout.
   *
   * The time is judged from the second try on: the first connection of a
   * freshly started client can be set up late (its I/O thread starts
   * under load), so the first gap can look shorter than it was.
   */
  async expectSwitch(
    n: number,
    before: Attempt,
    timed = true,
  ): Promise<number> {
    const next = await this.attempt(n, "BSTAR-27")
    const want = before.server === 0 ? 1 : 0
    const expected = `the same request to the ${serverName(want as 0 | 1)} on a new connection, ${this.timeoutMs} + ${this.settleMs} ms after the try on the ${serverName(before.server)}`
    const fail = (actual: string) => {
      throw new ConformanceFailure("BSTAR-27", expected, actual)
    }
    if (next.server !== want)
      fail(`try ${n + 1} went to the ${serverName(next.server)} again`)
    const gap = next.at - before.at
    // Connections as the suite's process sees them: a tenth (at least 20 ms) of slack.
    const least = this.timeoutMs + this.settleMs
    const slack = Math.max(20, least / 10)
    if (timed && n > 1 && gap < least - slack)
      fail(`it came ${Math.round(gap)} ms later`)
    if (timed && gap > least + Math.max(500, least / 2))
      fail(`it came only ${Math.round(gap)} ms later`)
    // A try whose request never came (see Attempt.at) has nothing to compare.
    const [was, is] = [before.request, await this.requestOf(next)]
    if (was && is && renderFrames(was) !== renderFrames(is))
      fail(`${renderFrames(is)} after ${renderFrames(was)}`)
    return gap - this.timeoutMs
  }

  /** BSTAR-28: the pause before the other server is at least the pair's failover timeout. */
  expectPauseCoversFailover(pause: number): void {
    const slack = Math.max(20, this.failoverMs / 10)
    if (pause < this.failoverMs - slack)
      throw new ConformanceFailure(
        "BSTAR-28",
        `a pause of at least the pair's failover timeout (${this.failoverMs} ms) before the other server`,
        `about ${Math.round(pause)} ms after the timeout`,
      )
  }

  /**
   * BSTAR-26, BSTAR-27, BSTAR-29: `n` tries, alternating from the primary;
   * the pause after the timeout before each try from the second on.
   */
  async expectAlternates(n: number, timed = true): Promise<number[]> {
    let before = await this.expectFirstAtPrimary()
    const pauses: number[] = []
    for (let i = 1; i < n; i++) {
      const pause = await this.expectSwitch(i, before, timed).catch(
        (err: unknown) => {
          // Stopping is BSTAR-29's; going to the wrong place is BSTAR-27's.
          throw err instanceof ConformanceFailure &&
            /exited|nothing reached/.test(err.actual)
            ? new ConformanceFailure("BSTAR-29", err.expected, err.actual)
            : err
        },
      )
      if (i > 1) pauses.push(pause)
      before = this.pair.attempts[i]
    }
    return pauses
  }

  /** The claimed give-up: after its declared tries, nothing more, and a non-zero exit. */
  async expectGivesUp(): Promise<void> {
    const tries = this.giveUpAfter
    if (tries === undefined) throw new Error("no give-up-after declared")
    await this.expectAlternates(tries)
    this.run.exitExpected = true
    const iut = this.run.iut!
    const deadline = performance.now() + this.timeoutMs + 3000
    while (!iut.exit && performance.now() < deadline)
      await new Promise(r => setTimeout(r, 20))
    const extra = this.pair.attempts.length - tries
    if (extra > 0 || !iut.exit || iut.exit.code === 0)
      throw new ConformanceFailure(
        "BSTAR-29",
        `${tries} tries (as declared), then a non-zero exit`,
        extra > 0
          ? `${tries + extra} tries`
          : iut.exit
            ? `it exited with ${describeExit(iut.exit)}`
            : "it still runs",
      )
  }

  async close(): Promise<void> {
    await this.pair.close()
  }
}
