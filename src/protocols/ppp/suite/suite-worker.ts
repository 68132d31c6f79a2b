import {
  gradeHeartbeat,
  type HeartbeatJudge,
  heartbeatWindow,
} from "../../../harness/heartbeat-grade"
import { renderFrame } from "../../../codec"
import {
  encodeHeartbeat,
  encodeReady,
  encodeReply,
  type ToWorker,
} from "../../../generated/ppp"
import {
  awaitMessage,
  decodeOrFail,
  expectQuiet,
} from "../../../harness/expect"
import { RawPeer } from "../../../harness/peers"
import { ConformanceFailure } from "../../../harness/verdict"
import {
  type DriverContext,
  sameFrames,
  showFrames,
} from "../../lazy-pirate/suite/context"
import { decodeAtWorker } from "./frames"

type Request = Extract<ToWorker, { command: "REQUEST" }>

const describe = (m: ToWorker) =>
  m.command === "REQUEST"
    ? `REQUEST ${showFrames(m.body)} for ${m.stack.map(f => renderFrame(f)).join(" ")}`
    : "HEARTBEAT"

/**
 * The suite playing a 6/PPP worker around a queue under test, frame by
 * frame: a DEALER that says READY, heartbeats at the queue's declared
 * interval until told to go silent, and keeps the request it holds so it
 * can answer with that request's address stack.
 */
export class SuiteWorker {
  peer: RawPeer
  /** The request this worker holds, from the queue's REQUEST. */
  held?: Request
  private beat?: NodeJS.Timeout
  /** When it stopped heartbeating or dropped its connection. */
  private silentSince = 0
  /** A message read while waiting for registration, not yet judged. */
  private early?: Buffer[]

  constructor(
    readonly name: string,
    private readonly ctx: DriverContext & HeartbeatJudge,
    endpoint: string,
  ) {
    this.peer = RawPeer.dealer(`worker ${name}`, ctx.transcript)
    this.peer.connect(endpoint)
  }

  async ready(): Promise<void> {
    await this.peer.send(encodeReady({ command: "READY" }))
    this.startHeartbeats()
  }

  /**
   * READY, then the queue's first HEARTBEAT as a sign it is registered.
   * HEARTBEAT is a SHOULD (PPP-9): a queue that sends none is judged by the
   * heartbeat scenarios, and here the worker goes on after 1.5 intervals.
   * A REQUEST that comes first is kept for expectRequest().
   */
  async registered(): Promise<void> {
    await this.ready()
    const first = await this.peer.next(this.ctx.timing.heartbeatDue)
    const heartbeat = first && first.length === 1 && decodeAtWorker(first).ok
    if (first && !heartbeat) this.early = first
  }

  startHeartbeats(): void {
    this.stopHeartbeats()
    const heartbeat = encodeHeartbeat({ command: "HEARTBEAT" })
    this.beat = setInterval(
      () => void this.peer.send(heartbeat).catch(() => {}),
      this.ctx.timing.heartbeatMs,
    )
  }

  goSilent(): void {
    this.stopHeartbeats()
    this.silentSince = performance.now()
  }

  private stopHeartbeats(): void {
    clearInterval(this.beat)
    this.beat = undefined
  }

  /** The client's request as REQUEST (PPP-4), its content unchanged (LPC-17). */
  async expectRequest(
    body: Buffer[],
    within: number,
    rule = this.ctx.primaryRule,
  ): Promise<Request> {
    const early = this.early
    this.early = undefined
    const m = early
      ? decodeOrFail(this.peer, early, decodeAtWorker)
      : await awaitMessage(this.peer, decodeAtWorker, {
          gone: this.ctx.iutGone,
          within,
          rule,
          expected: `a REQUEST ${showFrames(body)} to worker ${this.name} within ${Math.round(within)} ms`,
          accept: x => x.command === "REQUEST",
          skip: x => x.command === "HEARTBEAT",
          describe,
        })
    if (m.command !== "REQUEST")
      throw new ConformanceFailure(
        rule,
        `a REQUEST to worker ${this.name}`,
        describe(m),
      )
    const request = m
    if (this.held)
      throw new ConformanceFailure(
        "PPP-7",
        `no second REQUEST to worker ${this.name} before its REPLY`,
        `${describe(request)} while it held ${showFrames(this.held.body)}`,
      )
    if (!sameFrames(request.body, body))
      throw new ConformanceFailure(
        "LPC-17",
        `the client's request ${showFrames(body)}, unchanged`,
        `${describe(request)}`,
      )
    this.held = request
    return request
  }

  /** The REPLY, with the address stack of the request held (PPP-5). */
  async reply(body: Buffer[]): Promise<void> {
    const held = this.held
    if (!held) throw new Error(`worker ${this.name} holds no request`)
    this.held = undefined
    await this.peer.send(
      encodeReply({ command: "REPLY", stack: held.stack, body }),
    )
  }

  /** `n` HEARTBEATs, each within `gap` of the last (PPP-9). */
  async expectHeartbeats(n: number, gap: number, state: string): Promise<void> {
    const window = heartbeatWindow(this.ctx, gap)
    for (let i = 1; i <= n; i++) {
      const what = `HEARTBEAT ${i} of ${n} to the ${state} worker ${this.name}`
      const t0 = performance.now()
      await awaitMessage(this.peer, decodeAtWorker, {
        gone: this.ctx.iutGone,
        within: window,
        rule: "PPP-9",
        expected: `${what}, within ${Math.round(gap)} ms of the last (at the latest within the liveness window, ${Math.round(window)} ms)`,
        accept: x => x.command === "HEARTBEAT",
        describe,
      })
      gradeHeartbeat(this.ctx, "PPP-9", what, performance.now() - t0, gap)
    }
  }

  /** For `ms`, nothing but HEARTBEAT: no second REQUEST to a busy worker (PPP-7). */
  async expectNoRequest(ms: number): Promise<void> {
    await expectQuiet(this.peer, decodeAtWorker, {
      for: ms,
      rule: "PPP-7",
      expected: `no second REQUEST to worker ${this.name} before its REPLY`,
      allow: m => m.command === "HEARTBEAT",
      describe,
    })
  }

  /**
   * For `ms`, nothing at all: the queue counts this silent worker as gone
   * and sends it nothing (PPP-13). What came before the check is dropped.
   */
  async expectPurged(ms: number): Promise<void> {
    const since = this.silentSince
    while (this.peer.unread > 0) await this.peer.next(0)
    await expectQuiet(this.peer, decodeAtWorker, {
      for: ms,
      rule: "PPP-13",
      expected: `nothing to worker ${this.name}, silent for ${Math.round(performance.now() - since)} ms: a queue stops sending to a worker it found gone`,
      allow: () => false,
      describe,
    })
  }

  /** The worker's process dies: its connection closes without a word. */
  async drop(): Promise<void> {
    this.goSilent()
    await this.peer.close()
  }

  async close(): Promise<void> {
    this.stopHeartbeats()
    await this.peer.close()
  }
}
