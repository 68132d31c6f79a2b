import pino from "pino"
import { Dealer, Request, Router } from "zeromq"

/**
 * A socket that plays a client, worker or queue frame by frame. Every wait
 * is bounded: next() resolves to undefined when nothing arrives in time.
 */
export class Peer<
  S extends Dealer | Router | Request = Dealer | Router | Request,
> {
  constructor(readonly socket: S) {}

  static dealer(endpoint: string, routingId?: string): Peer<Dealer> {
    const p = new Peer(
      new Dealer({ linger: 0, ...(routingId ? { routingId } : {}) }),
    )
    p.socket.connect(endpoint)
    return p
  }

  static req(endpoint: string, routingId?: string): Peer<Request> {
    const p = new Peer(
      new Request({ linger: 0, ...(routingId ? { routingId } : {}) }),
    )
    p.socket.connect(endpoint)
    return p
  }

  static async router(): Promise<{ peer: Peer<Router>; endpoint: string }> {
    const peer = new Peer(new Router({ linger: 0 }))
    await peer.socket.bind("tcp://127.0.0.1:*")
    return { peer, endpoint: peer.socket.lastEndpoint! }
  }

  send(frames: Array<Buffer | string> | string): Promise<void> {
    return this.socket.send(frames)
  }

  async next(within: number): Promise<Buffer[] | undefined> {
    this.socket.receiveTimeout = Math.max(1, Math.round(within))
    try {
      return await this.socket.receive()
    } catch (err) {
      if ((err as { code?: string }).code === "EAGAIN") return undefined
      throw err
    }
  }

  /** Messages until `within` ms have passed, skipping those `skip` says to. */
  async nextBut(
    within: number,
    skip: (frames: Buffer[]) => boolean,
  ): Promise<Buffer[] | undefined> {
    const deadline = performance.now() + within
    for (;;) {
      const m = await this.next(deadline - performance.now())
      if (!m || !skip(m)) return m
    }
  }

  close(): void {
    if (!this.socket.closed) this.socket.close()
  }
}

export const text = (frames: readonly Buffer[]) => frames.map(f => f.toString())
export const hex = (frames: readonly Buffer[]) =>
  frames.map(f => f.toString("hex"))
export const isHeartbeat = (m: Buffer[]) =>
  m.length === 1 && m[0].length === 1 && m[0][0] === 2
/** A ROUTER's view: [identity, 0x02]. */
export const isRoutedHeartbeat = (m: Buffer[]) => isHeartbeat(m.slice(1))

export const READY = Buffer.from([1])
export const HEARTBEAT = Buffer.from([2])
export const EMPTY = Buffer.alloc(0)

/** A logger whose lines the test can read back. */
export function captureLog() {
  const lines: Array<{ event?: string; [field: string]: unknown }> = []
  const logger = pino(
    { level: "debug" },
    { write: (line: string) => void lines.push(JSON.parse(line)) },
  )
  const of = (event: string) => lines.filter(l => l.event === event)
  return { logger, lines, of }
}

/** Closes whatever a test opened, last first. */
export class Cleanup {
  private readonly jobs: Array<() => unknown> = []

  add<T extends { close(): void } | { stop(): Promise<void> }>(thing: T): T {
    this.jobs.push(() => ("stop" in thing ? thing.stop() : thing.close()))
    return thing
  }

  async run(): Promise<void> {
    for (const job of this.jobs.splice(0).reverse()) await job()
  }
}
