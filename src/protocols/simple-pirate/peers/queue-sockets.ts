import { Router } from "zeromq"
import { type Clock, systemClock } from "../../../core/clock"
import {
  type CurveServer,
  curveServerSecurity,
  type ServerSecurity,
} from "../../../core/curve-server"
import type { Logger } from "../../../core/log"
import { Outbox } from "../../../core/outbox"
import { ThrottledLog } from "../../../core/throttle"
import { bindOrExplain } from "../../../core/bind"

/** Endpoints and per-socket limits of a Pirate queue's two ROUTERs. */
export interface QueueSocketOptions {
  /** Where Lazy Pirate clients connect, e.g. "tcp://127.0.0.1:5555". */
  readonly frontend: string
  /** Where workers connect, e.g. "tcp://127.0.0.1:5556". */
  readonly backend: string
  /** Messages queued for sending per peer (ZMQ_SNDHWM); past it a send is dropped. */
  readonly sendHwm?: number
  /** Messages read ahead per peer (ZMQ_RCVHWM); past it libzmq stops reading that peer. */
  readonly receiveHwm?: number
  /** Longest frame accepted (ZMQ_MAXMSGSIZE); libzmq drops a peer that sends a longer one. */
  readonly maxFrameBytes?: number
  /**
   * Both ROUTERs as CURVE servers (RFC 26) with this key, clients and
   * workers alike checked against its allow-list (ZAP, RFC 27).
   */
  readonly curve?: CurveServer
}

export const queueSocketDefaults = {
  sendHwm: 1000,
  receiveHwm: 1000,
  maxFrameBytes: 1024 * 1024,
} as const

/** Which side a message goes to, for the log of dropped sends. */
export type Side = "frontend" | "backend"

/**
 * The two bound ROUTERs every Pirate queue has (SPP-1; the PPP queue of the
 * Guide's topology): a frontend for clients and a backend for workers. All
 * sends go through one Outbox per socket (zeromq.js allows one send in
 * flight). Both ROUTERs are `mandatory` with a zero send timeout, so a send
 * to a peer that is gone (EHOSTUNREACH) or not reading (EAGAIN at the
 * high-water mark) fails at once instead of blocking the queue: the caller
 * learns it and the drop is logged, throttled.
 *
 * The frontend is read only through requests(), which reads nothing while
 * the caller's gate is shut: client requests then wait in libzmq's buffers,
 * not in the application (SPP-11), so memory stays bounded by the HWMs.
 */
export class QueueSockets {
  private readonly outFront: Outbox
  private readonly outBack: Outbox
  private readonly dropped: ThrottledLog
  private closing = false

  private constructor(
    readonly frontend: Router,
    readonly backend: Router,
    private readonly security: ServerSecurity,
    log: Logger,
    clock: Clock,
  ) {
    this.outFront = new Outbox(frontend)
    this.outBack = new Outbox(backend)
    this.dropped = new ThrottledLog(log, 1000, clock)
  }

  static async bind(
    o: QueueSocketOptions,
    log: Logger,
    clock: Clock = systemClock,
  ): Promise<QueueSockets> {
    const d = queueSocketDefaults
    const security = await curveServerSecurity(o.curve, { log, clock })
    const options = {
      ...security.socketOptions,
      linger: 0,
      mandatory: true,
      sendTimeout: 0,
      sendHighWaterMark: o.sendHwm ?? d.sendHwm,
      receiveHighWaterMark: o.receiveHwm ?? d.receiveHwm,
      maxMessageSize: o.maxFrameBytes ?? d.maxFrameBytes,
    }
    const frontend = new Router(options)
    const backend = new Router(options)
    try {
      await bindOrExplain(frontend, o.frontend)
      await bindOrExplain(backend, o.backend)
    } catch (err) {
      frontend.close()
      backend.close()
      security.release()
      throw err
    }
    return new QueueSockets(frontend, backend, security, log, clock)
  }

  /** The bound endpoints, ports filled in for "tcp://…:*". */
  get endpoints(): { frontend: string; backend: string } {
    return {
      frontend: this.frontend.lastEndpoint ?? "",
      backend: this.backend.lastEndpoint ?? "",
    }
  }

  get closed(): boolean {
    return this.closing
  }

  /** Worker messages as [identity, ...frames], until close(). */
  async *fromWorkers(): AsyncGenerator<Buffer[]> {
    try {
      for await (const frames of this.backend) yield frames
    } catch (err) {
      // Closing under a pending receive can surface as ENOTSOCK, not EAGAIN.
      if (!this.closing) throw err
    }
  }

  /**
   * Client requests as [identity, ...frames], one at a time, each read only
   * once `gate` resolves true; ends when it resolves false or on close().
   */
  async *requests(gate: () => Promise<boolean>): AsyncGenerator<Buffer[]> {
    while (!this.closing && (await gate())) {
      let frames: Buffer[]
      try {
        frames = await this.frontend.receive()
      } catch (err) {
        if (this.closing) return
        throw err
      }
      yield frames
    }
  }

  /** Sends on one side; resolves false (and logs) when the message could not leave. */
  async send(side: Side, frames: Buffer[], kind: string): Promise<boolean> {
    if (this.closing) return false
    try {
      await (side === "frontend" ? this.outFront : this.outBack).send(frames)
      return true
    } catch (err) {
      if (!this.closing) this.noteDropped(side, kind, err as Error)
      return false
    }
  }

  close(): void {
    this.closing = true
    if (!this.frontend.closed) this.frontend.close()
    if (!this.backend.closed) this.backend.close()
    this.security.release()
  }

  private noteDropped(side: Side, kind: string, err: Error): void {
    const code = (err as { code?: string }).code
    // A client that gave up and closed its socket is everyday churn; a full
    // queue means a peer that stopped reading.
    const gone = code === "EHOSTUNREACH"
    const reason = gone
      ? "peer gone"
      : code === "EAGAIN"
        ? "send-hwm"
        : err.message
    this.dropped.note(
      `${side}:${kind}:${reason}`,
      gone ? "info" : "warn",
      () => ({
        event: "send-dropped",
        side,
        kind,
        reason,
      }),
    )
  }
}

/** Lets a loop wait until a condition holds; whoever may have made it true calls poke(). */
export class Gate {
  private waiters: Array<(open: boolean) => void> = []

  constructor(
    private readonly isOpen: () => boolean,
    private readonly signal: AbortSignal,
  ) {
    signal.addEventListener("abort", () => this.release(false), { once: true })
  }

  /** Resolves true once the condition holds, false if aborted first. */
  wait(): Promise<boolean> {
    if (this.signal.aborted) return Promise.resolve(false)
    if (this.isOpen()) return Promise.resolve(true)
    return new Promise(resolve => this.waiters.push(resolve))
  }

  poke(): void {
    if (this.waiters.length > 0 && this.isOpen()) this.release(true)
  }

  private release(open: boolean): void {
    for (const w of this.waiters.splice(0)) w(open)
  }
}
