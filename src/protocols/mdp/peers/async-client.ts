import { clientSocketOptions, type CurveClientKeys } from "../../../core/curve"
import { Dealer } from "zeromq"
import { type Clock, systemClock } from "../../../core/clock"
import { type Logger, silentLogger } from "../../../core/log"
import { Outbox } from "../../../core/outbox"
import { Slots } from "../../../core/slots"
import { ThrottledLog } from "../../../core/throttle"
import {
  type ClientReply,
  decodeToClient,
  encodeClientRequest,
  spec,
} from "../../../generated/mdp-0.1"
import { RequestTimeoutError } from "./client"
import { limitsOf, socketLimits } from "./limits"
import { type Outstanding, ReplyMatcher } from "./reply-matcher"

export interface MdpAsyncClientOptions {
  /** Broker endpoint, e.g. "tcp://127.0.0.1:5555". */
  readonly connect: string
  /** How long a request waits for its REPLY once it is handed to the socket. */
  readonly timeoutMs?: number
  /** Most requests in flight at once; further send() calls wait. Default 100. */
  readonly window?: number
  /**
   * How long after its timeout a REPLY is still taken as that request's late
   * reply and dropped, rather than as an answer to a later request. Default
   * timeoutMs.
   */
  readonly lateReplyMs?: number
  /** Messages the DEALER queues each way (ZMQ_SNDHWM, ZMQ_RCVHWM). */
  readonly sendHwm?: number
  readonly receiveHwm?: number
  /** Connect as a CURVE client (RFC 26) with this key pair to the broker's public key. */
  readonly curve?: CurveClientKeys
  readonly logger?: Logger
  readonly clock?: Clock
}

/** close() was called while the request waited for a slot or for its REPLY. */
export class ClientClosedError extends Error {
  override readonly name = "ClientClosedError"

  constructor(readonly endpoint: string) {
    super(`client for ${endpoint} closed before the reply came`)
  }
}

interface Waiter {
  readonly resolve: (body: Buffer[]) => void
  readonly reject: (err: Error) => void
  timer?: NodeJS.Timeout
}

export const defaultWindow = 100

/**
 * Asynchronous 7/MDP client: one DEALER socket (MDP-10) with many requests in
 * flight. 7/MDP calls MDP/Client strictly synchronous (MDP-8) per exchange;
 * this client keeps that per request and overlaps independent requests, as
 * the Guide's asynchronous client does. There are no resends: a resend on the
 * same socket is a second REQUEST before the REPLY, and its extra answer
 * would upset the pairing (see ReplyMatcher). Callers may resend themselves.
 */
export class MdpAsyncClient {
  private readonly timeoutMs: number
  private readonly clock: Clock
  private readonly log: Logger
  private readonly socket: Dealer
  /** send() calls from many callers share the socket: EBUSY otherwise. */
  private readonly outbox: Outbox
  private readonly slots: Slots
  private readonly matcher: ReplyMatcher<Waiter>
  private readonly invalid: ThrottledLog
  private loop?: Promise<void>
  private closed = false

  constructor(private readonly opts: MdpAsyncClientOptions) {
    const clock = (this.clock = opts.clock ?? systemClock)
    this.timeoutMs = opts.timeoutMs ?? spec.timing.clientTimeoutMs
    this.log = opts.logger ?? silentLogger()
    // A send that cannot even be queued in time fails rather than hanging.
    const options = clientSocketOptions(this.timeoutMs, opts.curve)
    const limits = socketLimits(limitsOf(opts))
    this.socket = new Dealer({ ...options, ...limits })
    this.socket.connect(opts.connect)
    this.outbox = new Outbox(this.socket)
    this.slots = new Slots(opts.window ?? defaultWindow)
    const lateMs = opts.lateReplyMs ?? this.timeoutMs
    this.matcher = new ReplyMatcher(lateMs, clock)
    this.invalid = new ThrottledLog(this.log, 1000, clock)
  }

  /** Requests sent and not yet answered or timed out. */
  get inFlight(): number {
    return this.matcher.live
  }

  /** send() calls waiting for a free slot in the window. */
  get queued(): number {
    return this.slots.waiting
  }

  /**
   * Sends a REQUEST for `service` and resolves to its REPLY body. Rejects
   * with RequestTimeoutError when no reply comes within timeoutMs, and with
   * ClientClosedError when close() comes first.
   */
  async send(service: string, body: Buffer[]): Promise<Buffer[]> {
    // MDP-6: the request body is one or more frames.
    if (body.length === 0)
      throw new RangeError("an MDP request needs at least one body frame")
    if (this.closed) throw new ClientClosedError(this.opts.connect)
    await this.slots.acquire()
    try {
      if (this.closed) throw new ClientClosedError(this.opts.connect)
      return await this.exchange(service, body)
    } finally {
      this.slots.release()
    }
  }

  /** Rejects everything pending, closes the socket, ends the receive loop. */
  async close(): Promise<void> {
    this.shut(new ClientClosedError(this.opts.connect))
    await this.loop
  }

  /** Refuses every request waiting or in flight with `err`; closes the socket. */
  private shut(err: Error): void {
    if (this.closed) return
    this.closed = true
    this.slots.close(err)
    for (const { waiter } of this.matcher.drain()) this.fail(waiter, err)
    this.socket.close()
  }

  private exchange(service: string, body: Buffer[]): Promise<Buffer[]> {
    this.loop ??= this.receive()
    // MDP-11: the DEALER writes frame 0, the empty delimiter, itself; the
    // encoder puts it first.
    const frames = encodeClientRequest({ command: "REQUEST", service, body })
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { resolve, reject }
      // Registered in the same turn as it enters the outbox, which keeps
      // order: registration order is wire order, and that is the pairing.
      const request = this.matcher.add(service, waiter)
      this.arm(request, this.clock.now() + this.timeoutMs)
      this.outbox.send(frames).catch((err: Error) => {
        // Never reached the wire, so no reply will come for it.
        this.matcher.remove(request)
        this.fail(waiter, err)
      })
    })
  }

  /**
   * Node timers count from libuv's cached loop time, which lags after a long
   * synchronous stretch (start-up, a burst of sends), so they can fire early.
   * The deadline is on the clock; an early timer re-arms for the rest.
   */
  private arm(request: Outstanding<Waiter>, deadline: number): void {
    const left = deadline - this.clock.now()
    if (left < 1) return this.expire(request)
    request.waiter.timer = setTimeout(() => this.arm(request, deadline), left)
  }

  private expire(request: Outstanding<Waiter>): void {
    this.matcher.expire(request)
    const { service } = request
    this.log.debug({ event: "request-timeout", service })
    const { connect } = this.opts
    this.fail(
      request.waiter,
      new RequestTimeoutError(connect, service, 1, this.timeoutMs),
    )
  }

  private fail(waiter: Waiter, err: Error): void {
    clearTimeout(waiter.timer)
    waiter.reject(err)
  }

  private async receive(): Promise<void> {
    try {
      for await (const frames of this.socket) this.onReply(frames)
    } catch (err) {
      // Closing under a pending receive can surface as ENOTSOCK, not EAGAIN.
      if (this.closed) return
      // No reply can arrive any more: every caller learns it now, not at
      // its timeout, and later send() calls are refused with the cause.
      this.log.error({ event: "receive-failed", err })
      this.shut(err as Error)
    }
  }

  private onReply(frames: Buffer[]): void {
    const decoded = decodeToClient(frames)
    if (!decoded.ok) {
      const { code, rule } = decoded.error
      const line = () => ({ event: "invalid-reply", code, rule })
      return this.invalid.note(code, "warn", line)
    }
    this.deliver(decoded.value)
  }

  private deliver({ service, body }: ClientReply): void {
    const match = this.matcher.match(service)
    switch (match.kind) {
      case "live": {
        const { waiter } = match.request
        clearTimeout(waiter.timer)
        return waiter.resolve(body)
      }
      case "late":
        // Its caller already has a RequestTimeoutError; this reply is stale.
        return this.log.warn({ event: "late-reply-dropped", service })
      case "unmatched":
        return this.log.warn({ event: "unmatched-reply-dropped", service })
      default: {
        const never: never = match
        return never
      }
    }
  }
}
