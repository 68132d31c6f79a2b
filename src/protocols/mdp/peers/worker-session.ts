import { Dealer } from "zeromq"
import type { Clock } from "../../../core/clock"
import { type CurveClientKeys, curveClientOptions } from "../../../core/curve"
import { Heartbeat } from "../../../core/heartbeat"
import type { Logger } from "../../../core/log"
import { Outbox } from "../../../core/outbox"
import { every, tickPeriod } from "../../../core/ticker"
import { type Limits, socketLimits } from "./limits"
import type { Refusals } from "./refusals"
import { answers, type RequestHandler } from "./worker-answers"
import type { ToWorker } from "./worker-dialect"
import type { WorkerFaultPlan } from "./worker-faults"

type WorkerRequest = Extract<ToWorker, { command: "REQUEST" }>

/** Why a logical connection ended. */
export type SessionEnd = "lost" | "disconnected" | "failed" | "stopped"

export interface SessionSettings {
  readonly connect: string
  readonly service: string
  readonly handler: RequestHandler
  /**
   * The faults, resolved; its dialect frames the MDP version spoken
   * (MDP-16 or MDP2-17, …).
   */
  readonly plan: WorkerFaultPlan
  readonly heartbeatMs: number
  readonly liveness: number
  readonly limits: Limits
  /** CURVE client keys, when the broker is a CURVE server. */
  readonly curve?: CurveClientKeys
  /** Shared by the worker's sessions, so a reconnect does not reset it. */
  readonly refusals: Refusals
  readonly log: Logger
  readonly clock: Clock
  /** A failure no session can recover from (a bug in a request chain). */
  readonly onFatal: (err: unknown) => void
}

/**
 * One logical MDP/Worker connection: a new DEALER, READY, then requests and
 * heartbeats until the broker goes silent, says DISCONNECT, or we stop
 * (MDP-24, MDP-36; MDP2-25, MDP2-37). A session is never reused; the worker
 * opens a new one. Rule IDs below are 7/MDP's; each has an 18/MDP twin.
 */
export class WorkerSession {
  private readonly socket: Dealer
  private readonly outbox: Outbox
  private readonly beat: Heartbeat
  private readonly abort = new AbortController()
  private ending?: SessionEnd
  private heardBroker = false
  /** Requests run one after another: a worker serves one at a time (MDP-48). */
  private serving: Promise<void> = Promise.resolve()

  constructor(private readonly s: SessionSettings) {
    const { heartbeatMs: intervalMs, liveness, clock, limits } = s
    // sendTimeout keeps a send to an unreachable broker from hanging forever.
    const options = { linger: 0, sendTimeout: intervalMs }
    const curve = s.curve ? curveClientOptions(s.curve) : {}
    this.socket = new Dealer({
      ...options,
      ...socketLimits(limits, limits),
      ...curve,
    })
    this.outbox = new Outbox(this.socket)
    this.beat = new Heartbeat({ intervalMs, liveness, clock })
  }

  /** Whether anything at all came from the broker on this connection. */
  get heard(): boolean {
    return this.heardBroker
  }

  /** Connects and sends READY (MDP-24). */
  async open(): Promise<void> {
    this.socket.connect(this.s.connect)
    const { plan } = this.s
    // Fault ready-late breaks MDP-24: READY must be the first command.
    if (plan.heartbeatBeforeReady) await this.send(plan.dialect.heartbeat())
    const ready = plan.dialect.ready(this.s.service)
    await this.send(ready)
    if (plan.readyTwice) await this.send(ready)
    this.s.log.info({
      event: "worker-ready-sent",
      service: this.s.service,
      endpoint: this.s.connect,
      protocol: plan.dialect.protocol,
    })
  }

  /** Serves until the session ends; resolves to why it ended. */
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

  /** Says DISCONNECT (MDP-30), then closes, giving the message a moment to leave. */
  async disconnect(): Promise<void> {
    if (this.ending) return
    await this.send(this.s.plan.dialect.disconnect())
    this.socket.linger = Math.min(this.s.heartbeatMs, 1000)
    this.end("stopped")
  }

  private handle(frames: Buffer[]): void {
    // Any message, even a malformed one, shows the broker is alive (as in the
    // Guide's worker); MDP-41 asks at least that every command count.
    this.beat.heard()
    this.heardBroker = true
    const decoded = this.s.plan.dialect.decode(frames)
    if (!decoded.ok) return this.s.refusals.invalid(frames, decoded.error)
    const msg = decoded.value
    switch (msg.command) {
      case "REQUEST":
        // Over a limit the request cannot be served, and there is no error
        // answer: a REPLY or FINAL is the service's own answer. Leaving, as
        // when the handler fails, frees it: the broker requeues it (MDP-49)
        // rather than count this worker busy with it forever.
        if (this.s.refusals.overLimit("REQUEST", msg.body))
          return this.after(() => this.leave())
        return this.after(() => this.serve(msg))
      case "HEARTBEAT":
        return
      case "DISCONNECT":
        // MDP-35/MDP-36: say nothing more on this socket; start afresh.
        if (!this.s.plan.obeyDisconnect) return
        this.s.log.info({
          event: "broker-disconnected",
          service: this.s.service,
        })
        return this.end("disconnected")
      default: {
        const never: never = msg
        return never
      }
    }
  }

  /**
   * Runs `job` once the requests before it are done. Jobs handle their own
   * errors; one that escapes is a bug, reported rather than left unhandled.
   */
  private after(job: () => Promise<void>): void {
    this.serving = this.serving.then(job).catch(this.s.onFatal)
  }

  /**
   * MDP-18: REQUEST -> one REPLY. MDP2-38: REQUEST -> zero or more PARTIAL,
   * then one FINAL; the dialect and answers() decide which.
   */
  private async serve(request: WorkerRequest): Promise<void> {
    if (this.ending) return
    try {
      const result = await this.s.handler(request.body)
      for await (const a of answers(result, this.s.plan.dialect.partials)) {
        if (this.ending) return
        const { client } = request
        await this.send(this.s.plan.dialect.answer(client, a.body, a.final))
      }
    } catch (err) {
      // No FINAL can be given, and the broker would count this worker busy
      // forever; leaving lets the broker requeue the request (MDP-49).
      this.s.log.error({
        event: "handler-failed",
        err,
        service: this.s.service,
      })
      await this.leave()
    }
  }

  /** DISCONNECT (MDP-30), then a new session: the request held is freed. */
  private async leave(): Promise<void> {
    await this.send(this.s.plan.dialect.disconnect())
    this.end("failed")
  }

  private async tick(): Promise<void> {
    for await (const _ of every(
      tickPeriod(this.s.heartbeatMs),
      this.abort.signal,
    )) {
      // MDP-44/MDP-45: a broker silent for liveness intervals is gone.
      // Fault no-reconnect breaks MDP-44 by never noticing.
      if (this.s.plan.expireBroker && this.beat.expired()) {
        this.s.log.warn({
          event: "broker-lost",
          silentMs: Math.round(this.beat.silentMs()),
        })
        return this.end("lost")
      }
      // MDP-43/MDP-42: heartbeat only when nothing else went out.
      if (this.s.plan.heartbeat && this.beat.sendDue()) {
        void this.send(this.s.plan.dialect.heartbeat())
      }
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
