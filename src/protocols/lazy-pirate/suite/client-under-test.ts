import { renderFrame } from "../../../codec"
import { decodeRequest, encodeReply } from "../../../generated/lazy-pirate"
import { describeExit } from "../../../harness/iut"
import type { ScenarioRun } from "../../../harness/scenario"
import { ConformanceFailure } from "../../../harness/verdict"
import { type DriverContext, pause, sameFrames, showFrames } from "./context"
import { type Arrival, FakeServer } from "./fake-server"

/** A request from the client under test: its connection, frames and arrival time. */
export interface SeenRequest {
  readonly id: Buffer
  readonly body: Buffer[]
  readonly at: number
}

/** What the client under test declares: its timeout and attempts (LPC-3, LPC-8). */
export interface ClientClaims {
  readonly timeoutMs: number
  readonly retries: number
}

const key = (id: Buffer) => id.toString("hex")

/**
 * A scenario whose premise did not hold (the IUT did something another
 * scenario judges): it blames no requirement, and its own are inconclusive.
 */
function inconclusive(why: string): ConformanceFailure {
  return new ConformanceFailure("precondition", "the scenario's premise", why)
}
const conn = (id: Buffer) => `connection ${renderFrame(id)}`

/**
 * The suite as the server of a Lazy Pirate client under test (digest §10.4):
 * a ROUTER, so each request shows the connection it came on, answered,
 * withheld, answered stale, or left unheard while the server is down.
 */
export class ClientUnderTest {
  readonly server: FakeServer
  /** Every request received, in order of arrival. */
  readonly requests: SeenRequest[] = []
  /** When the suite sent a stale reply (performance.now()). */
  private staleAt = 0

  constructor(
    private readonly ctx: DriverContext,
    private readonly run: ScenarioRun,
    readonly claims: ClientClaims,
  ) {
    this.server = new FakeServer(ctx)
  }

  get last(): SeenRequest {
    const r = this.requests[this.requests.length - 1]
    if (!r) throw new Error("the client under test has sent no request yet")
    return r
  }

  private get timeout(): number {
    return this.claims.timeoutMs
  }

  async start(): Promise<void> {
    const endpoint = await this.server.bind(this.run.bindEndpoint())
    await this.run.startIut(endpoint)
  }

  async sentFirst(): Promise<SeenRequest> {
    await this.start()
    const within = this.ctx.timing.reply + this.run.config.startTimeoutMs
    return this.nextRequest(within, "its first request")
  }

  /** The next request, decoded; REQ framing or else LPC-15 (the codec's rule). */
  async nextRequest(
    within: number,
    expected: string,
    rule = this.ctx.primaryRule,
  ): Promise<SeenRequest> {
    const deadline = performance.now() + within
    for (;;) {
      const left = deadline - performance.now()
      const a = await this.server.next(Math.min(left, 100))
      if (a) return this.accept(a)
      const gone = this.ctx.iutGone?.()
      if (gone || left <= 0)
        throw new ConformanceFailure(
          rule,
          `${expected} within ${Math.round(within)} ms`,
          gone ??
            `no request reached the server within ${Math.round(within)} ms`,
        )
    }
  }

  private accept(a: Arrival): SeenRequest {
    const decoded = decodeRequest(a.frames)
    if (!decoded.ok)
      throw new ConformanceFailure(
        decoded.error.rule,
        "a request as a REQ socket frames it: the empty delimiter, then the request frames",
        `${a.frames.map(f => `[${renderFrame(f)}]`).join("")} on ${conn(a.id)}`,
      )
    const r = { id: a.id, body: decoded.value.body, at: a.at }
    this.requests.push(r)
    return r
  }

  /** The echo server's answer: the request's own frames (LPC-18). */
  async answer(): Promise<void> {
    const { id, body } = this.last
    await this.server.send(id, encodeReply({ command: "REPLY", body }))
  }

  /**
   * A stale reply on the current request's connection: the answer to the
   * request before it, as a slow server's late reply would look.
   */
  async answerStale(): Promise<void> {
    const previous = this.requests[this.requests.length - 2]
    if (!previous) throw new Error("a stale reply needs an earlier request")
    const reply = encodeReply({ command: "REPLY", body: previous.body })
    await this.server.send(this.last.id, reply)
    this.staleAt = performance.now()
  }

  /** LPC-13: after a matching reply, the next request on the same connection. */
  async expectNext(claimsNumbers: boolean): Promise<void> {
    const previous = this.last
    const r = await this.nextRequest(
      this.ctx.timing.reply,
      "the next request after the reply",
    )
    if (!r.id.equals(previous.id))
      throw new ConformanceFailure(
        "LPC-13",
        `the next request on the same ${conn(previous.id)}`,
        `it came on ${conn(r.id)}`,
      )
    if (claimsNumbers && sameFrames(r.body, previous.body))
      throw new ConformanceFailure(
        "LPC-11",
        `a new number in the next request (the client claims it numbers them)`,
        `the same frames again: ${showFrames(r.body)}`,
      )
  }

  /**
   * With no reply, the same bytes again (LPC-7) from a new connection
   * (LPC-4) no sooner than the timeout (LPC-8), until `retries` attempts.
   * Arrival gaps may be shorter than the client's own by what the first
   * attempt spent on a TCP handshake, hence three quarters of the timeout.
   */
  async expectResends(): Promise<void> {
    const first = this.last
    let previous = first
    for (let attempt = 2; attempt <= this.claims.retries; attempt++) {
      const r = await this.nextRequest(
        this.timeout * 1.5 + this.ctx.timing.reply,
        `attempt ${attempt} of ${this.claims.retries} after the ${this.timeout} ms timeout`,
        "LPC-2",
      )
      this.checkResend(r, previous, first.body, attempt)
      previous = r
    }
  }

  private checkResend(
    r: SeenRequest,
    previous: SeenRequest,
    body: Buffer[],
    attempt: number,
  ): void {
    const gap = r.at - previous.at
    if (gap < 0.75 * this.timeout)
      throw new ConformanceFailure(
        "LPC-8",
        `no resend before the ${this.timeout} ms timeout`,
        `attempt ${attempt} came ${Math.round(gap)} ms after the one before`,
      )
    if (this.seenBefore(r, previous))
      throw new ConformanceFailure(
        "LPC-4",
        "each resend on a new socket: a connection the server has not seen",
        `attempt ${attempt} came on ${conn(r.id)}, which sent before`,
      )
    if (!sameFrames(r.body, body))
      throw new ConformanceFailure(
        "LPC-7",
        `the same request again: ${showFrames(body)}`,
        `attempt ${attempt} was ${showFrames(r.body)}`,
      )
  }

  private seenBefore(r: SeenRequest, before: SeenRequest): boolean {
    const at = this.requests.indexOf(before)
    return this.requests.slice(0, at + 1).some(x => x.id.equals(r.id))
  }

  /**
   * LPC-3, LPC-9, LPC-10: after its last attempt timed out, the client
   * sends nothing more and exits non-zero.
   */
  async expectGivesUp(): Promise<void> {
    this.run.exitExpected = true
    const outstanding = this.last
    const deadline = outstanding.at + this.timeout + this.ctx.timing.reply
    while (!this.run.iut?.exit) {
      const left = deadline - performance.now()
      if (left <= 0)
        throw new ConformanceFailure(
          "LPC-10",
          `the client reports failure (exits non-zero) once its last attempt timed out, ${this.timeout} ms after it`,
          `it is still running ${Math.round(performance.now() - outstanding.at)} ms after its last attempt`,
        )
      const a = await this.server.next(Math.min(left, 20))
      if (!a) continue
      const r = this.accept(a)
      if (sameFrames(r.body, outstanding.body))
        throw new ConformanceFailure(
          "LPC-9",
          `at most ${this.claims.retries} attempts at one request`,
          `attempt ${this.claims.retries + 1} on ${conn(r.id)}`,
        )
      throw new ConformanceFailure(
        "LPC-10",
        "nothing more once the last attempt timed out",
        `a new request ${showFrames(r.body)} on ${conn(r.id)}`,
      )
    }
    const exit = this.run.iut.exit
    if (exit.code === 0)
      throw new ConformanceFailure(
        "LPC-10",
        "the client reports failure: a non-zero exit",
        `it exited 0 (success) without a reply: ${this.run.iut.tail(3)}`,
      )
  }

  /**
   * LPC-11, LPC-12: a stale reply is no answer. The client keeps waiting,
   * so nothing comes until its timeout has run, and then the same request
   * again, on a new connection.
   */
  async expectStaleIgnored(): Promise<void> {
    const outstanding = this.last
    // LPC-8: nothing before the timeout has run since the last send.
    const quietUntil = outstanding.at + 0.75 * this.timeout
    while (performance.now() < quietUntil) {
      const a = await this.server.next(
        Math.min(20, quietUntil - performance.now()),
      )
      const exit = this.run.iut?.exit
      if (!a && exit)
        throw new ConformanceFailure(
          exit.code === 0 ? "LPC-11" : "LPC-12",
          "the client keeps waiting for the reply to its request",
          `it exited (${describeExit(exit)}) after the stale reply`,
        )
      if (!a) continue
      const r = this.accept(a)
      if (!sameFrames(r.body, outstanding.body))
        throw new ConformanceFailure(
          "LPC-11",
          `only a reply carrying ${showFrames(outstanding.body)} answers the request`,
          `${Math.round(r.at - this.staleAt)} ms after the stale reply it moved on to ${showFrames(r.body)}`,
        )
      throw new ConformanceFailure(
        "LPC-8",
        `no resend before the ${this.timeout} ms timeout, stale reply or not`,
        `it resent ${Math.round(r.at - outstanding.at)} ms after its last send, ${Math.round(r.at - this.staleAt)} ms after the stale reply`,
      )
    }
    const r = await this.nextRequest(
      this.timeout * 1.5 + this.ctx.timing.reply,
      "the same request again once the timeout ran out",
      "LPC-12",
    )
    this.checkResend(r, outstanding, outstanding.body, 2)
  }

  /** The server crashes and comes back on the same endpoint at once. */
  async serverRestarts(): Promise<void> {
    this.run.faultAt = performance.now()
    await this.server.down()
    await this.server.up()
  }

  /** The same request reaches the restarted server, after the client's timeout. */
  async expectResendAfterRestart(): Promise<void> {
    const outstanding = this.last
    const r = await this.nextRequest(
      this.timeout * 1.5 + this.ctx.timing.reply,
      "the same request again at the restarted server",
      "LPC-2",
    )
    if (!sameFrames(r.body, outstanding.body))
      throw new ConformanceFailure(
        "LPC-7",
        `the same request again: ${showFrames(outstanding.body)}`,
        `it sent ${showFrames(r.body)}`,
      )
  }

  /**
   * LPC-5 (digest §10.4, O8): the server is down through every attempt but
   * the last and comes back half a timeout into it. Only the current
   * socket may deliver the request then; a request from an abandoned
   * socket means that socket lingered with it.
   */
  async expectNoLingering(): Promise<void> {
    const first = this.last
    const { retries } = this.claims
    // The client may give up at the end of its last attempt, as it should.
    this.run.exitExpected = true
    await this.server.down()
    this.run.faultAt = performance.now()
    // Back 0.4 timeouts into the last attempt; judged until 0.15 timeouts
    // before the earliest moment an attempt beyond the last could come.
    await pause(first.at + (retries - 0.6) * this.timeout - performance.now())
    await this.server.up()
    const until = first.at + (retries - 0.15) * this.timeout
    const from = new Set<string>()
    for (;;) {
      const a = await this.server.next(until - performance.now())
      if (!a) break
      from.add(key(this.accept(a).id))
    }
    const exit = this.run.iut?.exit
    if (from.size === 0 && exit)
      throw inconclusive(
        `the client had exited (${describeExit(exit)}) ${Math.round(exit.at - first.at)} ms after its first request, while the server was down: no socket was left to judge (its attempts are judged where the server stays up)`,
      )
    if (from.size === 0)
      throw new ConformanceFailure(
        "LPC-2",
        "the last attempt's request once the server is back",
        `no request within ${Math.round(until - first.at - (retries - 0.6) * this.timeout)} ms of the server's return`,
      )
    if (from.size > 1)
      throw new ConformanceFailure(
        "LPC-5",
        "only the current socket delivers a request: an abandoned socket is closed with LINGER 0",
        `requests came on ${from.size} connections once the server was back`,
      )
  }

  async close(): Promise<void> {
    await this.server.close()
  }
}
