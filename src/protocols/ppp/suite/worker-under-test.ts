import {
  gradeHeartbeat,
  type HeartbeatJudge,
  heartbeatWindow,
} from "../../../harness/heartbeat-grade"
import type { ScenarioRun } from "../../../harness/scenario"
import { ConformanceFailure } from "../../../harness/verdict"
import {
  type DriverContext,
  sameFrames,
  showFrames,
} from "../../lazy-pirate/suite/context"
import {
  connectionName,
  describeMessage,
  FakeQueue,
  type FromConnection,
} from "./fake-queue"

type Msg = FromConnection

/** The address stack the suite's queue gives a client's request. */
export function clientStack(client: string): Buffer[] {
  return [Buffer.from(`C-${client}`)]
}

/**
 * The suite as the 6/PPP queue of a worker under test: binds, starts the
 * worker with {endpoint}, heartbeats it, hands it requests, and follows its
 * conversations (a READY on a connection, PPP-1) across reconnects.
 */
export class WorkerUnderTest {
  readonly queue: FakeQueue
  /** The worker's current connection, from its latest READY. */
  connection?: Buffer
  /** Stacks of the requests sent on the current connection, not yet answered. */
  private readonly open: Buffer[][] = []
  /** Stacks of the requests already answered on it. */
  private readonly answered: Buffer[][] = []
  /** Connections the suite gave up on: they may still talk, and are ignored. */
  private readonly forgotten = new Set<string>()
  /** Connections the worker did not open itself (ZeroMQ reconnected an old socket). */
  private strangers = 0

  constructor(
    private readonly ctx: DriverContext & HeartbeatJudge,
    private readonly run: ScenarioRun,
  ) {
    this.queue = new FakeQueue(ctx)
  }

  private onCurrent = (m: Msg) =>
    !!this.connection && m.id.equals(this.connection)

  async start(): Promise<void> {
    const endpoint = await this.queue.bind(this.run.bindEndpoint())
    await this.run.startIut(endpoint)
  }

  /** PPP-1, PPP-2: READY first, as one frame 0x01. */
  async expectReady(within: number): Promise<void> {
    const m = await this.queue.expect(
      within,
      this.ctx.primaryRule,
      "READY as the worker's first message",
      () => true,
    )
    this.requireReady(m)
  }

  private requireReady(m: Msg): void {
    if (m.msg.command !== "READY")
      throw new ConformanceFailure(
        "PPP-1",
        "READY first on every new connection",
        `${m.msg.command} first on ${connectionName(m.id)}`,
      )
    this.connection = m.id
    this.open.length = 0
    this.answered.length = 0
  }

  async registered(): Promise<void> {
    await this.start()
    await this.expectReady(
      this.ctx.timing.reply + this.run.config.startTimeoutMs,
    )
    this.queue.startHeartbeats(this.connection!)
  }

  async request(client: string, body: Buffer[], stack = clientStack(client)) {
    this.open.push(stack)
    await this.queue.request(this.connection!, stack, body)
  }

  /** PPP-5, PPP-6: one REPLY, with the address stack of the REQUEST. */
  async expectReply(stack: Buffer[], within: number): Promise<void> {
    const m = await this.queue.expect(
      within,
      this.ctx.primaryRule,
      `a REPLY for ${showFrames(stack)} within ${Math.round(within)} ms`,
      x => this.onCurrent(x) && x.msg.command === "REPLY",
      x => this.onCurrent(x) && x.msg.command === "HEARTBEAT",
    )
    const reply = m.msg
    if (reply.command !== "REPLY") return
    const again = this.answered.some(s => sameFrames(s, reply.stack))
    const at = this.open.findIndex(s => sameFrames(s, reply.stack))
    if (at < 0 && again)
      throw new ConformanceFailure(
        "PPP-6",
        "exactly one REPLY to each REQUEST",
        `a second REPLY for ${showFrames(reply.stack)}`,
      )
    if (at < 0 || !sameFrames(reply.stack, stack))
      throw new ConformanceFailure(
        "PPP-5",
        `REPLY with the address stack of the REQUEST, ${showFrames(stack)}`,
        `REPLY with the address stack ${showFrames(reply.stack)}`,
      )
    this.answered.push(...this.open.splice(at, 1))
  }

  /** PPP-6: for `ms`, no further REPLY (heartbeats only). */
  async expectNoMoreReplies(ms: number): Promise<void> {
    await this.queue.expectQuiet(
      ms,
      "PPP-6",
      "exactly one REPLY to each REQUEST",
      x => this.onCurrent(x) && x.msg.command === "HEARTBEAT",
    )
  }

  /** PPP-8: `n` HEARTBEATs, each within `gap` of the last. */
  async expectHeartbeats(n: number, gap: number, state: string) {
    const window = heartbeatWindow(this.ctx, gap)
    for (let i = 1; i <= n; i++) {
      const what = `HEARTBEAT ${i} of ${n} from the ${state} worker`
      const t0 = performance.now()
      await this.queue.expect(
        window,
        "PPP-8",
        `${what}, within ${Math.round(gap)} ms of the last (at the latest within the liveness window, ${Math.round(window)} ms)`,
        x => this.onCurrent(x) && x.msg.command === "HEARTBEAT",
      )
      gradeHeartbeat(this.ctx, "PPP-8", what, performance.now() - t0, gap)
    }
  }

  goSilent(): void {
    this.queue.stopHeartbeats()
  }

  /** The suite, as a queue that found the worker gone, forgets it and stops heartbeating it. */
  forget(): void {
    this.queue.stopHeartbeats()
    if (this.connection) this.forgotten.add(this.connection.toString("hex"))
    this.connection = undefined
  }

  async queueRestarts(): Promise<void> {
    this.forget()
    this.strangers = 1
    this.queue.strangerExpected = true
    this.run.faultAt = performance.now()
    await this.queue.restart()
  }

  /**
   * PPP-11, PPP-12: a new conversation, READY on a connection the suite has
   * not given up on. The old connection may talk meanwhile (a worker
   * heartbeats until it notices), and once after a restart, a connection
   * ZeroMQ reopened for the old socket; any other new connection must open
   * with READY (PPP-1).
   */
  async expectBack(within: number): Promise<void> {
    this.forget()
    const deadline = performance.now() + within
    const old = (x: Msg) => this.forgotten.has(x.id.toString("hex"))
    for (;;) {
      const m = await this.queue.expect(
        deadline - performance.now(),
        this.ctx.primaryRule,
        `READY on a new connection within ${Math.round(within)} ms`,
        x => !old(x),
        old,
      )
      this.queue.strangerExpected = false
      if (m.msg.command !== "READY" && this.strangers > 0) {
        this.strangers--
        this.forgotten.add(m.id.toString("hex"))
        continue
      }
      this.requireReady(m)
      this.queue.startHeartbeats(m.id)
      return
    }
  }

  /** For `ms` the worker keeps its conversation: no READY anywhere (PPP-11). */
  async expectStays(ms: number): Promise<void> {
    await this.queue.expectQuiet(
      ms,
      "PPP-11",
      `the worker keeps its connection (no new READY) for ${Math.round(ms)} ms while the queue heartbeats`,
      x => this.onCurrent(x) && x.msg.command !== "READY",
    )
  }

  describe(m: Msg): string {
    return describeMessage(m)
  }

  async close(): Promise<void> {
    await this.queue.close()
  }
}
