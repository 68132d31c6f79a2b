import { describeExit } from "../../../harness/iut"
import type { ScenarioRun } from "../../../harness/scenario"
import { ConformanceFailure } from "../../../harness/verdict"
import { exitOf, expectReported } from "../../flp/suite/reported"
import { outcomeCodes } from "./outcomes"
import { type Arrival, RflServers } from "./servers"

/** What the client under test declares (its profile). */
export interface RflClientClaims {
  /** RFL-C2: its wait for one attempt's RESPONSE. */
  readonly timeoutMs: number
  /** RFL-C3: attempts in all, the first included. */
  readonly retries: number
  /** RFL-C4: the pause after failed attempt k is base x 2^(k-1). */
  readonly retryBaseMs: number
  /** RFL-C7: a HEARTBEAT to every server this often. */
  readonly heartbeatMs: number
  /** RFL-C12: silence that makes a server DEAD. */
  readonly heartbeatTimeoutMs: number
}

/**
 * The suite as the three servers of a Reliable Freelance client under test,
 * started with {endpoints} (comma-separated), {count} and {body}: it sends
 * {count} requests in turn, prints each OK result frame on its own line on
 * stdout, and exits 0, or non-zero once a request failed: 1 when no
 * attempt was answered, 3 on an ERROR (its text on stderr), 4 when no
 * server could be reached (RFL-C20).
 */
export class ClientUnderTest {
  readonly servers: RflServers

  constructor(
    readonly run: ScenarioRun,
    readonly claims: RflClientClaims,
  ) {
    this.servers = new RflServers(
      run.transcript,
      () => run.iut?.stdout ?? "",
      (index, port) => run.bindEndpoint(undefined, port, index),
    )
  }

  /** Room for the IUT to act on what it got (the suite's reply timing). */
  get slack(): number {
    return this.run.timing.reply
  }

  async start(count: number, body = "hello"): Promise<void> {
    const endpoints = await this.servers.start()
    await this.run.startIut(endpoints.join(","), {
      body,
      count: String(count),
    })
  }

  async until(
    done: () => boolean,
    deadline: number,
    rule: string,
    expected: string,
  ): Promise<void> {
    for (;;) {
      if (this.servers.violation) throw this.servers.violation
      if (done()) return
      const gone = this.run.iutGone()
      if (gone || performance.now() > deadline)
        throw new ConformanceFailure(
          rule,
          expected,
          gone ?? "nothing of the kind arrived in time",
        )
      await new Promise(r => setTimeout(r, 10))
    }
  }

  async firstRequest(rule: string): Promise<Arrival> {
    const within = this.run.config.startTimeoutMs + this.slack
    await this.until(
      () => this.servers.arrivals.length > 0,
      performance.now() + within,
      rule,
      `a REQUEST at one of the servers within ${within} ms`,
    )
    return this.servers.arrivals[0]
  }

  /** RFL-C10 (and RFL-C6): each result reported once, only results, exit 0. */
  async expectReported(): Promise<void> {
    await this.firstRequest("RFL-C10")
    const last = () => this.servers.arrivals.at(-1)!.at
    await expectReported(
      this.run,
      this.servers.answers,
      () => last() + this.claims.timeoutMs + this.slack,
      "RFL-C10",
      "RFL-C6",
    )
    if (this.servers.violation) throw this.servers.violation
  }

  /** RFL-C13: the fast server got more requests than each slow one. */
  expectFastPreferred(fast: string, slow: readonly string[]): void {
    const n = this.servers.countBy()
    for (const s of slow)
      if (n[fast] <= n[s])
        throw new ConformanceFailure(
          "RFL-C13",
          `more requests to ${fast}, which answers at once, than to ${s}, which is slow (ALIVE servers ranked by latency)`,
          `requests per server: ${JSON.stringify(n)}`,
        )
  }

  /**
   * Every server withholds: each next attempt carries the same id (RFL-C1),
   * goes to a live server not yet tried (RFL-C13), after the timeout and
   * the back-off pause (RFL-C4, RFL-C2); after the last, no more and a
   * non-zero exit (RFL-C3); HEARTBEATs reached every server all along (RFL-C7).
   */
  async expectRetriesThenFailure(): Promise<void> {
    const { timeoutMs, retries, retryBaseMs } = this.claims
    const tried = [await this.firstRequest("RFL-C2")]
    for (let k = 2; k <= retries; k++) {
      const prev = tried[k - 2]
      const pause = retryBaseMs * 2 ** (k - 2)
      await this.until(
        () => this.servers.arrivals.length >= k,
        prev.at + timeoutMs + pause + this.slack,
        "RFL-C2",
        `attempt ${k} of ${retries}, ${timeoutMs} ms after attempt ${k - 1} plus a ${pause} ms pause`,
      )
      const a = this.servers.arrivals[k - 1]
      this.checkAttempt(a, prev, tried, k, timeoutMs + pause / 2)
      tried.push(a)
    }
    const last = tried[tried.length - 1]
    const exit = await exitOf(this.run, () => last.at + timeoutMs + this.slack)
    if (this.servers.violation) throw this.servers.violation
    if (this.servers.arrivals.length > retries)
      throw new ConformanceFailure(
        "RFL-C3",
        `at most ${retries} attempts`,
        `attempt ${retries + 1} reached ${this.servers.arrivals[retries].server.name}`,
      )
    if (!exit || exit.code === 0 || this.run.iut!.stdout.trim() !== "")
      throw new ConformanceFailure(
        "RFL-C3",
        `a failure reported (non-zero exit, no result) once attempt ${retries} timed out`,
        exit
          ? `it ended with ${describeExit(exit)}, stdout ${JSON.stringify(this.run.iut!.stdout)}`
          : "it is still running",
      )
    this.checkHeartbeats(tried[0].at, exit.at - performance.timeOrigin)
    // RFL-C20: a timeout is its own outcome, told apart by its exit code.
    if (exit.code !== outcomeCodes.timeout)
      throw new ConformanceFailure(
        "RFL-C20",
        `exit code ${outcomeCodes.timeout}, the launch contract's outcome "no answer", once every attempt timed out`,
        `it ended with ${describeExit(exit)}: ${this.run.iut!.tail(3)}`,
      )
  }

  private checkAttempt(
    a: Arrival,
    prev: Arrival,
    tried: readonly Arrival[],
    k: number,
    minGap: number,
  ): void {
    if (a.id !== prev.id)
      throw new ConformanceFailure(
        "RFL-C1",
        `attempt ${k} under the request's one id ${prev.id}`,
        `request id ${a.id}`,
      )
    const fresh = this.servers.servers.filter(
      s =>
        s.aliveAt !== undefined &&
        s.aliveAt < a.at &&
        !tried.some(t => t.server === s),
    )
    if (tried.some(t => t.server === a.server) && fresh.length > 0)
      throw new ConformanceFailure(
        "RFL-C13",
        `attempt ${k} at a live server with no failure yet: ${fresh.map(s => s.name).join(" or ")}`,
        `it went to ${a.server.name} again, which had let an attempt time out`,
      )
    const gap = a.at - prev.at
    if (gap < minGap)
      throw new ConformanceFailure(
        "RFL-C4",
        `attempt ${k} no sooner than the ${this.claims.timeoutMs} ms timeout plus the back-off pause (at least ${Math.round(minGap)} ms after attempt ${k - 1})`,
        `it came ${Math.round(gap)} ms after attempt ${k - 1}`,
      )
  }

  /** RFL-C7: over the window, each server got at least about half the HEARTBEATs due. */
  private checkHeartbeats(from: number, to: number): void {
    const due = (to - from) / this.claims.heartbeatMs
    const least = Math.floor(0.55 * due)
    for (const s of this.servers.servers) {
      const got = s.heartbeats.filter(t => t >= from && t <= to).length
      if (got < least)
        throw new ConformanceFailure(
          "RFL-C7",
          `a HEARTBEAT to every server every ${this.claims.heartbeatMs} ms: about ${Math.round(due)} to ${s.name} in ${Math.round(to - from)} ms`,
          `${s.name} got ${got}`,
        )
    }
  }

  async close(): Promise<void> {
    await this.servers.close()
  }
}
