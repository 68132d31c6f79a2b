import { describeExit } from "../../../harness/iut"
import type { ScenarioRun } from "../../../harness/scenario"
import { requireLaunchBody } from "../../../harness/contract"
import { ConformanceFailure } from "../../../harness/verdict"
import type { DriverContext } from "./context"
import type { Answer, FromClient } from "./dialect"
import { FakeBroker, type FromPeer } from "./fake-broker"
import { sameFrames, showFrames } from "./fake-worker"

/**
 * The suite as the broker for a client under test: binds, starts the client
 * with {endpoint} {service} {body}, answers or withholds its REPLY, and
 * watches when it resends and when it gives up.
 */
export class ClientUnderTest {
  readonly broker: FakeBroker
  service = ""
  last?: FromPeer<FromClient> & { at: number }
  requests = 0

  constructor(
    private readonly ctx: DriverContext,
    private readonly run: ScenarioRun,
  ) {
    this.broker = new FakeBroker(ctx)
  }

  async start(service: string, body: string): Promise<void> {
    this.service = service
    const endpoint = await this.broker.bind(this.run.bindEndpoint())
    await this.run.startIut(endpoint, { service, body })
  }

  async expectRequest(body: Buffer[], asked: number): Promise<void> {
    // The first REQUEST also waits out the process's start-up, which the
    // start timeout bounds: a slow start is not a slow request.
    const within =
      asked + (this.requests === 0 ? this.run.config.startTimeoutMs : 0)
    const m = await this.broker.expectFromClient(
      within,
      `a REQUEST for "${this.service}" within ${Math.round(within)} ms`,
    )
    if (m.msg.service !== this.service) {
      throw new ConformanceFailure(
        this.ctx.dialect.rules.serviceMatch,
        `REQUEST for service "${this.service}"`,
        `REQUEST for service "${m.msg.service}"`,
      )
    }
    // The first body is the one the client was started with ({body}).
    if (this.requests === 0)
      requireLaunchBody(m.msg.body, body, this.ctx.observe)
    else if (!sameFrames(m.msg.body, body)) {
      throw new ConformanceFailure(
        this.ctx.primaryRule,
        `REQUEST body ${showFrames(body)}`,
        `REQUEST body ${showFrames(m.msg.body)}`,
      )
    }
    this.last = { ...m, at: performance.now() }
    this.requests++
  }

  /** The broker crashes and restarts on the same endpoint, the REQUEST unanswered. */
  async brokerRestarts(): Promise<void> {
    await this.broker.restart()
  }

  async reply(
    body: Buffer[],
    kind: Answer = this.ctx.dialect.final,
  ): Promise<void> {
    await this.broker.reply(this.last!.id, this.service, body, kind)
  }

  /**
   * MDP-8 and MDP-12: with no REPLY, the same REQUEST comes again no sooner
   * than the client's timeout (one request at a time), until it has tried
   * `attempts` times in all.
   */
  async expectRetries(attempts: number, timeout: number): Promise<void> {
    while (this.requests < attempts) {
      const previous = this.last!
      await this.expectRequest(previous.msg.body, timeout * 1.5 + 100)
      const gap = this.last!.at - previous.at
      // Half the timeout: the first attempt may wait out a TCP handshake the later ones do not.
      if (gap < timeout * 0.5) {
        throw new ConformanceFailure(
          this.ctx.dialect.rules.synchronous,
          `no second REQUEST while one is outstanding (the client's timeout is ${timeout} ms)`,
          `REQUEST ${this.requests} came ${Math.round(gap)} ms after the one before`,
        )
      }
    }
  }

  /** The same REQUEST again, to the broker that replaced the one that crashed, after the client's timeout. */
  async expectResend(): Promise<void> {
    const timeout =
      (this.run.config.options["client-timeout-ms"] as number | undefined) ??
      this.ctx.timing.reply
    await this.expectRequest(
      this.last!.msg.body,
      timeout * 1.5 + this.ctx.timing.reply,
    )
  }

  /** After its last attempt the client sends nothing more and exits non-zero. */
  async expectGivesUp(within: number): Promise<void> {
    await this.expectExit(
      within,
      code => code !== 0,
      "exits with a non-zero code (gives up)",
    )
  }

  async expectSuccess(within: number): Promise<void> {
    await this.expectExit(
      within,
      code => code === 0,
      "exits with code 0 once it has the REPLY",
    )
  }

  private async expectExit(
    within: number,
    ok: (code: number | null) => boolean,
    what: string,
  ): Promise<void> {
    this.run.exitExpected = true
    const deadline = performance.now() + within
    while (!this.run.iut?.exit && performance.now() < deadline) {
      await this.broker.expectClientQuiet(
        Math.min(20, deadline - performance.now()),
        `no further REQUEST: the client ${what}`,
      )
    }
    const exit = this.run.iut?.exit
    if (!exit)
      throw new ConformanceFailure(
        this.ctx.primaryRule,
        `the client ${what} within ${Math.round(within)} ms`,
        "it is still running",
      )
    if (!ok(exit.code))
      throw new ConformanceFailure(
        this.ctx.primaryRule,
        `the client ${what}`,
        `it ended with ${describeExit(exit)}: ${this.run.iut!.tail(3)}`,
      )
  }

  async close(): Promise<void> {
    await this.broker.close()
  }
}
