import type { Readable, Router, Socket, Subscriber, Writable } from "zeromq"
import { curveClientOptions } from "../../core/curve"
import { Outbox } from "../../core/outbox"
import type { Transcript } from "../transcript"
import {
  connectCurve,
  makeSocket,
  type Shape,
  type ShapeOptions,
  type ShapeTraits,
  traits,
} from "./shapes"
import { bindOrExplain } from "../../core/bind"

export type { Shape, ShapeOptions } from "./shapes"

/** The options of `new RawPeer(...)`: a shape (default DEALER, or ROUTER with `router`). */
export interface RawPeerOptions extends ShapeOptions {
  readonly shape?: Shape
  /** Same as shape "ROUTER"; kept for the callers that predate shapes. */
  readonly router?: boolean
}

/** Messages kept unread; past this the IUT is flooding and the rest are dropped. */
const inboxLimit = 10_000

/**
 * A frame-exact peer on any socket shape the suite plays (REQ, REP, DEALER,
 * ROUTER, PUB, SUB): it sends any frames, even malformed ones, and keeps
 * what arrives in an inbox so expectations can wait on it with a deadline.
 * Every message both ways goes to the transcript, as the application sees
 * it: a REQ or REP socket adds and strips the empty delimiter itself, a
 * ROUTER's first frame is the routing id.
 *
 * Sends go through one Outbox (zeromq.js 6 allows one send in flight per
 * socket). REQ and REP alternate send and receive; a send out of turn is
 * refused at once rather than left waiting for ever inside libzmq.
 */
export class RawPeer {
  readonly socket: Socket
  readonly shape: Shape
  /** Messages the IUT sent past the inbox's bound, never read. */
  dropped = 0
  private readonly traits: ShapeTraits
  private readonly outbox?: Outbox
  private readonly inbox: Buffer[][] = []
  private readonly waiters = new Set<() => void>()
  private turn?: "send" | "recv"
  private closed = false
  private loop?: Promise<void>
  private readonly options: RawPeerOptions

  constructor(
    readonly name: string,
    private readonly transcript: Transcript,
    options: RawPeerOptions = {},
  ) {
    this.options = options
    this.shape = options.shape ?? (options.router ? "ROUTER" : "DEALER")
    this.traits = traits[this.shape]
    this.turn = this.traits.lockstep
    this.socket = makeSocket(this.shape, options)
    if (this.traits.sends)
      this.outbox = new Outbox(this.socket as unknown as Writable)
  }

  static req(name: string, t: Transcript, o: ShapeOptions = {}): RawPeer {
    return new RawPeer(name, t, { ...o, shape: "REQ" })
  }

  static rep(name: string, t: Transcript, o: ShapeOptions = {}): RawPeer {
    return new RawPeer(name, t, { ...o, shape: "REP" })
  }

  static dealer(name: string, t: Transcript, o: ShapeOptions = {}): RawPeer {
    return new RawPeer(name, t, { ...o, shape: "DEALER" })
  }

  static router(name: string, t: Transcript, o: ShapeOptions = {}): RawPeer {
    return new RawPeer(name, t, { ...o, shape: "ROUTER" })
  }

  static pub(name: string, t: Transcript, o: ShapeOptions = {}): RawPeer {
    return new RawPeer(name, t, { ...o, shape: "PUB" })
  }

  static sub(
    name: string,
    t: Transcript,
    topics: ReadonlyArray<string | Buffer> = [""],
    o: ShapeOptions = {},
  ): RawPeer {
    return new RawPeer(name, t, { ...o, topics, shape: "SUB" })
  }

  /**
   * Connects (several endpoints may be connected). On a ROUTER, `routingId`
   * names the peer at that endpoint (ZMQ_CONNECT_ROUTING_ID): the suite
   * can address it before it has said anything.
   */
  connect(endpoint: string, o: { routingId?: string } = {}): this {
    if (o.routingId && this.shape !== "ROUTER")
      throw new Error(
        `${this.name}: only a ROUTER names the peer it connects to`,
      )
    // CURVE options are read at connect: set now, they apply to this connection.
    const curve = connectCurve(this.options)
    if (curve) Object.assign(this.socket, curveClientOptions(curve))
    if (o.routingId) (this.socket as Router).connect(endpoint, o)
    else this.socket.connect(endpoint)
    this.startReceiving()
    return this
  }

  /** Binds (e.g. tcp://127.0.0.1:*) and returns the endpoint actually bound. */
  async bind(endpoint: string): Promise<string> {
    await bindOrExplain(this.socket, endpoint)
    this.startReceiving()
    return this.socket.lastEndpoint!
  }

  /** SUB only: more prefixes to receive. */
  subscribe(...topics: Array<string | Buffer>): void {
    if (this.shape !== "SUB")
      throw new Error(`${this.name}: only a SUB subscribes`)
    ;(this.socket as Subscriber).subscribe(...topics)
  }

  private startReceiving(): void {
    if (this.traits.receives && !this.loop) this.loop = this.receive()
  }

  private async receive(): Promise<void> {
    try {
      for await (const frames of this.socket as unknown as Readable) {
        this.transcript.record("recv", this.name, frames)
        if (this.turn) this.turn = "send"
        if (this.inbox.length < inboxLimit) this.inbox.push(frames)
        else if (this.dropped++ === 0)
          this.transcript.note(
            this.name,
            `more than ${inboxLimit} messages unread: dropping the rest`,
          )
        this.wake()
      }
    } catch {
      // the socket was closed under the loop
    }
  }

  private wake(): void {
    const woken = [...this.waiters]
    this.waiters.clear()
    for (const w of woken) w()
  }

  /**
   * Sends the frames as they are. Resolves once the socket took them; a
   * closed peer sends nothing. Rejects on a shape that cannot send, or on
   * a REQ or REP whose turn it is to receive.
   */
  async send(frames: Array<Buffer | string>): Promise<void> {
    if (this.closed) return
    if (!this.outbox)
      throw new Error(`${this.name}: a ${this.shape} cannot send`)
    if (this.turn === "recv")
      throw new Error(
        `${this.name}: a ${this.shape} sends again only after it received (${this.shape === "REQ" ? "the reply; retry from a new peer" : "the next request"})`,
      )
    if (this.turn) this.turn = "recv"
    const buffers = frames.map(f =>
      typeof f === "string" ? Buffer.from(f) : f,
    )
    this.transcript.record("send", this.name, buffers)
    await this.outbox.send(buffers)
  }

  /** The next message, or undefined if none arrives within ms (or the peer is closed). */
  async next(ms: number): Promise<Buffer[] | undefined> {
    if (!this.traits.receives)
      throw new Error(`${this.name}: a ${this.shape} receives nothing`)
    if (this.inbox.length > 0) return this.inbox.shift()
    if (!(ms > 0) || this.closed) return undefined
    await this.arrival(ms)
    return this.inbox.shift()
  }

  /**
   * Every message as it arrives, until the peer is closed: for a driver
   * that reacts to all the IUT says rather than awaiting one thing.
   */
  async *messages(): AsyncGenerator<Buffer[]> {
    for (;;) {
      const m = this.inbox.shift()
      if (m) yield m
      else if (this.closed) return
      else await this.arrival()
    }
  }

  /** Resolves on the next arrival, on close, or after ms (no timer when ms is undefined). */
  private async arrival(ms?: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined
    let woke!: () => void
    await new Promise<void>(resolve => {
      woke = resolve
      this.waiters.add(resolve)
      if (ms !== undefined) timer = setTimeout(resolve, ms)
    })
    clearTimeout(timer)
    this.waiters.delete(woke)
  }

  /** Messages received and not yet taken. */
  get unread(): number {
    return this.inbox.length
  }

  get isClosed(): boolean {
    return this.closed
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    this.socket.close()
    this.wake()
    await this.loop
  }
}
