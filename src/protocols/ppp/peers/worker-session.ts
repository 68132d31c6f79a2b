import { Dealer } from "zeromq"
import type { Clock } from "../../../core/clock"
import { Heartbeat } from "../../../core/heartbeat"
import type { Logger } from "../../../core/log"
import { Outbox } from "../../../core/outbox"
import { every, tickPeriod } from "../../../core/ticker"
import type { WorkerFault } from "./faults"
import { describeDecodeError } from "../../../codec"
import {
  decodeToWorker,
  encodeHeartbeat,
  encodeReady,
  encodeReply,
} from "../../../generated/ppp"

/** Turns a request's content into the reply's; called one request at a time. */
export type RequestHandler = (body: Buffer[]) => Promise<Buffer[]> | Buffer[]

/** Why a conversation ended. */
export type SessionEnd = "lost" | "stopped"

export interface SessionSettings {
  readonly connect: string
  readonly handler: RequestHandler
  readonly heartbeatMs: number
  readonly liveness: number
  readonly faults: ReadonlySet<WorkerFault>
  /** Socket options: high-water marks, longest frame, CURVE keys. */
  readonly socket: Readonly<Record<string, number | string>>
  /** Called on every message from the queue (the worker resets its back-off). */
  readonly heard: () => void
  readonly log: Logger
  readonly clock: Clock
}

/**
 * One PPP conversation: a new DEALER, READY (PPP-1), then REQUEST/REPLY
 * pairs and heartbeats until the queue has been silent for liveness
 * intervals (PPP-11) or the worker stops. Never reused: after a loss the
 * worker opens a new session, so READY goes out on a new connection with a
 * new identity (PPP-12).
 */
export class WorkerSession {
  private readonly socket: Dealer
  private readonly outbox: Outbox
  private readonly beat: Heartbeat
  private readonly abort = new AbortController()
  private ending?: SessionEnd
  /** Requests are served one after another, each with one REPLY (PPP-6). */
  private serving: Promise<void> = Promise.resolve()

  constructor(private readonly s: SessionSettings) {
    const { heartbeatMs: intervalMs, liveness, clock } = s
    // sendTimeout keeps a send to an unreachable queue from hanging forever.
    this.socket = new Dealer({
      linger: 0,
      sendTimeout: intervalMs,
      ...s.socket,
    })
    this.outbox = new Outbox(this.socket)
    this.beat = new Heartbeat({ intervalMs, liveness, clock })
  }

  /** Connects and sends READY (PPP-1, PPP-2). */
  async open(): Promise<void> {
    this.socket.connect(this.s.connect)
    // Fault ready-late breaks PPP-1: READY must come first.
    if (this.s.faults.has("ready-late")) await this.send(this.heartbeatFrames())
    const text = this.s.faults.has("ready-as-text")
    await this.send(
      text ? [Buffer.from("READY")] : encodeReady({ command: "READY" }),
    )
    this.s.log.info({ event: "worker-ready-sent", endpoint: this.s.connect })
  }

  /** Serves until the conversation ends; resolves to why it ended. */
  async run(): Promise<SessionEnd> {
    const ticker = this.tick()
    try {
      for await (const frames of this.socket) this.handle(frames)
    } catch (err) {
      // Closing under a pending receive can surface as ENOTSOCK, not EAGAIN.
      if (!this.ending) this.s.log.error({ event: "receive-failed", err })
    }
    this.abort.abort()
    await ticker
    return this.ending ?? "lost"
  }

  /** Closes the socket; PPP has no goodbye. */
  stop(): void {
    this.end("stopped")
  }

  private handle(frames: Buffer[]): void {
    // Anything from the queue shows it alive, as in the Guide's worker.
    this.beat.heard()
    this.s.heard()
    const decoded = decodeToWorker(frames)
    if (!decoded.ok) {
      const why = describeDecodeError(decoded.error)
      return this.s.log.warn({ event: "invalid-message", why })
    }
    const msg = decoded.value
    if (msg.command === "REQUEST") {
      const { stack, body } = msg
      this.serving = this.serving.then(() => this.serve(stack, body))
    }
  }

  /** PPP-5, PPP-6: one REPLY, with the request's address stack. */
  private async serve(stack: Buffer[], body: Buffer[]): Promise<void> {
    if (this.ending) return
    let result: Buffer[]
    try {
      result = await this.s.handler(body)
    } catch (err) {
      // No REPLY can be given: the queue's expiry, or the client's resend, recovers.
      return this.s.log.error({ event: "handler-failed", err })
    }
    const frames = encodeReply({ command: "REPLY", stack, body: result })
    // Fault drop-delimiter breaks PPP-5: the stack is not closed.
    if (this.s.faults.has("drop-delimiter")) frames.splice(stack.length, 1)
    await this.send(frames)
    // Fault double-reply breaks PPP-6: exactly one REPLY per REQUEST.
    if (this.s.faults.has("double-reply")) await this.send(frames)
  }

  private heartbeatFrames(): Buffer[] {
    // Fault heartbeat-as-text breaks PPP-3.
    return this.s.faults.has("heartbeat-as-text")
      ? [Buffer.from("HEARTBEAT")]
      : encodeHeartbeat({ command: "HEARTBEAT" })
  }

  private async tick(): Promise<void> {
    const period = tickPeriod(this.s.heartbeatMs)
    for await (const _ of every(period, this.abort.signal)) {
      // PPP-11: a queue silent for liveness intervals is gone; PPP-12 then
      // asks for READY on a new conversation. Fault no-reconnect never notices.
      if (this.beat.expired() && !this.s.faults.has("no-reconnect")) {
        const silentMs = Math.round(this.beat.silentMs())
        this.s.log.warn({ event: "queue-lost", silentMs })
        return this.end("lost")
      }
      // PPP-8: HEARTBEAT whenever nothing else went out for an interval, busy or idle.
      if (this.beat.sendDue() && !this.s.faults.has("no-heartbeat"))
        void this.send(this.heartbeatFrames())
    }
  }

  private end(why: SessionEnd): void {
    if (this.ending) return
    this.ending = why
    this.abort.abort()
    this.socket.close()
  }

  private async send(frames: Buffer[]): Promise<void> {
    if (this.ending) return
    this.beat.sent()
    try {
      await this.outbox.send(frames)
    } catch (err) {
      if (!this.ending)
        this.s.log.warn({ event: "send-failed", err: (err as Error).message })
    }
  }
}
