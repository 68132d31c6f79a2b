import { Request } from "zeromq"
import { clientSocketOptions, type CurveClientKeys } from "../../../core/curve"
import { type Logger, silentLogger } from "../../../core/log"
import type { ClientFault } from "./faults"
import { spec } from "../../../generated/lazy-pirate"

export interface LazyPirateClientOptions {
  /** The server's (or queue frontend's) endpoint. */
  readonly connect: string
  /** How long each attempt waits for its reply (REQUEST_TIMEOUT). */
  readonly timeoutMs?: number
  /** Attempts per request, the first included (REQUEST_RETRIES, digest §10.6). */
  readonly retries?: number
  /**
   * Connect as a CURVE client (RFC 26) with this key pair to the server's
   * public key; every new socket (LPC-4) makes its own handshake.
   */
  readonly curve?: CurveClientKeys
  readonly faults?: Iterable<ClientFault>
  readonly logger?: Logger
}

export const lazyPirateClientDefaults = {
  timeoutMs: spec.timing.clientTimeoutMs,
  retries: spec.timing.clientRetries,
} as const

/** Every attempt at one request timed out: the client abandons it (LPC-3, LPC-10). */
export class GaveUpError extends Error {
  constructor(readonly attempts: number) {
    super(`no reply after ${attempts} attempt${attempts === 1 ? "" : "s"}`)
  }
}

/** What a linger fault keeps a discarded socket open for. */
const faultLingerMs = 60_000

/**
 * The Lazy Pirate client (digest §10.3): one REQ socket, one request at a
 * time (LPC-14). Each attempt waits at most the timeout (LPC-1); without a
 * matching reply it closes the socket with LINGER 0 (LPC-5), opens a new
 * one to the same endpoint (LPC-4, LPC-6) and sends the same bytes again
 * (LPC-7), at most `retries` times in all (LPC-9), then gives up (LPC-10).
 *
 * A reply matches when it is exactly the request's frames, as the echo
 * server returns them; the caller puts a sequence number in each request
 * so that a stale reply, to an earlier request, cannot match (LPC-11). A
 * reply that does not match is discarded and the attempt waits out its
 * timeout (LPC-12): a REQ socket takes one reply per request, so nothing
 * else can arrive on it.
 */
export class LazyPirateClient {
  private readonly timeoutMs: number
  private readonly retries: number
  private readonly faults: ReadonlySet<ClientFault>
  private readonly log: Logger
  private socket: Request
  private closed = false

  constructor(private readonly opts: LazyPirateClientOptions) {
    const d = lazyPirateClientDefaults
    this.timeoutMs = opts.timeoutMs ?? d.timeoutMs
    this.retries = opts.retries ?? d.retries
    this.faults = new Set(opts.faults ?? [])
    this.log = opts.logger ?? silentLogger()
    this.socket = this.open()
  }

  /** Sends `body` until a matching reply comes back, or gives up (GaveUpError). */
  async request(body: readonly Buffer[]): Promise<Buffer[]> {
    if (this.closed) throw new Error("client closed")
    // Fault extra-attempt breaks LPC-9.
    const attempts = this.retries + (this.faults.has("extra-attempt") ? 1 : 0)
    for (let attempt = 1; ; attempt++) {
      // Fault change-resend breaks LPC-7: a resend must be the same bytes.
      const frames =
        attempt > 1 && this.faults.has("change-resend")
          ? [
              ...body.slice(0, -1),
              Buffer.concat([body[body.length - 1], Buffer.from("+")]),
            ]
          : [...body]
      const sentAt = performance.now()
      const reply = (await this.sent(frames, attempt))
        ? await this.awaitReply(frames, sentAt)
        : undefined
      if (reply) return reply
      if (attempt >= attempts) {
        this.log.warn({ event: "gave-up", attempts: attempt })
        throw new GaveUpError(attempt)
      }
      this.log.info({ event: "retrying", attempt: attempt + 1 })
      // LPC-4: REQ refuses a second send; a new socket it is. Fault
      // reuse-socket keeps the relaxed REQ and its connection instead.
      if (!this.faults.has("reuse-socket")) this.reopen()
    }
  }

  close(): void {
    this.closed = true
    this.socket.close()
  }

  /**
   * Queues the request, waiting at most one timeout (LPC-1 bounds the whole
   * attempt). A REQ send blocks while the socket has no connection to queue
   * on, which happens for good when a CURVE server refuses the handshake
   * (RFC 27) before the request was queued: without the bound the client
   * would hang there instead of retrying or giving up (LPC-10).
   */
  private async sent(frames: Buffer[], attempt: number): Promise<boolean> {
    try {
      await this.socket.send(frames)
      this.log.debug({ event: "request-sent", attempt })
      return true
    } catch (err) {
      if ((err as { code?: string }).code !== "EAGAIN") throw err
      this.log.warn({ event: "send-timeout", attempt, afterMs: this.timeoutMs })
      return false
    }
  }

  private open(): Request {
    const socket = new Request({
      ...clientSocketOptions(this.timeoutMs, this.opts.curve),
      relaxed: this.faults.has("reuse-socket"),
    })
    socket.connect(this.opts.connect)
    return socket
  }

  private reopen(): void {
    // LPC-5: LINGER 0 destroys a request the old socket never sent. Fault
    // linger lets it leave later, once the server is reachable.
    if (this.faults.has("linger")) this.socket.linger = faultLingerMs
    this.socket.close()
    this.socket = this.open()
  }

  /** One attempt's wait: the matching reply, or undefined once the timeout ran out. */
  private async awaitReply(
    sent: Buffer[],
    sentAt: number,
  ): Promise<Buffer[] | undefined> {
    // Fault resend-early breaks LPC-8.
    const wait = this.faults.has("resend-early")
      ? this.timeoutMs / 4
      : this.timeoutMs
    const reply = await this.receiveUntil(sentAt + wait)
    if (!reply) return undefined
    if (this.faults.has("accept-stale") || sameFrames(reply, sent)) return reply
    // LPC-12: not an answer to this request. As the Guide's client does,
    // the wait starts again; nothing else can come on this REQ, so it runs
    // out, and the request is resent a full timeout after the stale reply.
    this.log.warn({ event: "stale-reply", frames: reply.length })
    await pause(wait)
    return undefined
  }

  /**
   * The reply, or undefined once `deadline` (performance.now()) passed. The
   * socket's receive timeout can fire early: libuv measures it from the
   * loop's cached time, which lags after a long synchronous stretch (a
   * process that has just loaded its modules), so the wait is re-armed
   * until the deadline has really passed. LPC-8 counts from the send.
   */
  private async receiveUntil(deadline: number): Promise<Buffer[] | undefined> {
    for (;;) {
      const left = deadline - performance.now()
      if (left <= 0) return undefined
      this.socket.receiveTimeout = Math.ceil(left)
      try {
        return await this.socket.receive()
      } catch (err) {
        if ((err as { code?: string }).code !== "EAGAIN") throw err
      }
    }
  }
}

function sameFrames(a: readonly Buffer[], b: readonly Buffer[]): boolean {
  return a.length === b.length && a.every((f, i) => f.equals(b[i]))
}

function pause(ms: number): Promise<void> {
  return ms > 0
    ? new Promise(resolve => setTimeout(resolve, Math.ceil(ms)))
    : Promise.resolve()
}
