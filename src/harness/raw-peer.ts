import { Dealer, Router } from "zeromq"
import { Outbox } from "../core/outbox"
import type { Transcript } from "./transcript"

/**
 * A frame-exact peer on a DEALER (the suite as client or worker) or ROUTER
 * (the suite as broker) socket: sends any frames, even malformed ones, and
 * keeps what arrives in an inbox so expectations can wait on it with a
 * deadline. Every frame in both directions goes to the transcript.
 */
export class RawPeer {
  readonly socket: Dealer | Router
  private readonly outbox: Outbox
  private readonly inbox: Buffer[][] = []
  private waiter?: () => void
  private closed = false
  private loop?: Promise<void>

  constructor(
    readonly name: string,
    private readonly transcript: Transcript,
    options: { routingId?: string; router?: boolean } = {},
  ) {
    const { routingId, router } = options
    this.socket = router
      ? new Router({
          linger: 0,
          receiveHighWaterMark: 10_000,
          sendHighWaterMark: 10_000,
        })
      : new Dealer({
          linger: 0,
          receiveHighWaterMark: 10_000,
          ...(routingId ? { routingId } : {}),
        })
    this.outbox = new Outbox(this.socket)
  }

  connect(endpoint: string): void {
    this.socket.connect(endpoint)
    this.loop = this.receive()
  }

  /** Binds (e.g. tcp://127.0.0.1:*) and returns the endpoint actually bound. */
  async bind(endpoint: string): Promise<string> {
    await this.socket.bind(endpoint)
    this.loop = this.receive()
    return this.socket.lastEndpoint!
  }

  private async receive(): Promise<void> {
    try {
      for await (const frames of this.socket) {
        this.transcript.record("recv", this.name, frames)
        if (this.inbox.length < 10_000) this.inbox.push(frames)
        this.wake()
      }
    } catch {
      // the socket was closed under the loop
    }
  }

  private wake(): void {
    const w = this.waiter
    this.waiter = undefined
    w?.()
  }

  async send(frames: Array<Buffer | string>): Promise<void> {
    if (this.closed) return
    const buffers = frames.map(f =>
      typeof f === "string" ? Buffer.from(f) : f,
    )
    this.transcript.record("send", this.name, buffers)
    await this.outbox.send(buffers)
  }

  /** The next message, or undefined if none arrives within ms. */
  async next(ms: number): Promise<Buffer[] | undefined> {
    if (this.inbox.length > 0) return this.inbox.shift()
    if (ms <= 0 || this.closed) return undefined
    let timer: NodeJS.Timeout | undefined
    await new Promise<void>(resolve => {
      this.waiter = resolve
      timer = setTimeout(resolve, ms)
    })
    clearTimeout(timer)
    this.waiter = undefined
    return this.inbox.shift()
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    this.socket.close()
    this.wake()
    await this.loop
  }
}
