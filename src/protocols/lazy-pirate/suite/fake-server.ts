import { RawPeer } from "../../../harness/peers"
import type { DriverContext } from "./context"

/** One message from the client under test, stamped when it arrived. */
export interface Arrival {
  /** The connection it came on: the ROUTER identity. */
  readonly id: Buffer
  /** The frames after the identity. */
  readonly frames: Buffer[]
  /** performance.now() on arrival. */
  readonly at: number
}

/**
 * The suite playing the server of a Lazy Pirate client: a ROUTER bound on
 * loopback, so each request shows the connection it came on. Requests are
 * read as they arrive and stamped then, so the gaps between resends are
 * measured on arrival, not when a step gets round to them. The server can
 * go down (its port closed) and come back on the same endpoint.
 */
export class FakeServer {
  endpoint = ""
  private peer?: RawPeer
  private reader?: Promise<void>
  private readonly inbox: Arrival[] = []
  private readonly waiters = new Set<() => void>()

  constructor(private readonly ctx: DriverContext) {}

  async bind(endpoint: string): Promise<string> {
    const peer = RawPeer.router("server", this.ctx.transcript)
    this.endpoint = await peer.bind(endpoint)
    this.listen(peer)
    return this.endpoint
  }

  private listen(peer: RawPeer): void {
    this.peer = peer
    this.reader = (async () => {
      for await (const [id, ...frames] of peer.messages()) {
        this.inbox.push({ id, frames, at: performance.now() })
        for (const w of [...this.waiters]) w()
      }
    })()
  }

  /** The next arrival, or undefined after `ms`. */
  async next(ms: number): Promise<Arrival | undefined> {
    if (this.inbox.length === 0 && ms > 0) {
      let wake!: () => void
      let timer: NodeJS.Timeout | undefined
      await new Promise<void>(resolve => {
        wake = resolve
        this.waiters.add(resolve)
        timer = setTimeout(resolve, ms)
      })
      clearTimeout(timer)
      this.waiters.delete(wake)
    }
    return this.inbox.shift()
  }

  async send(id: Buffer, frames: Buffer[]): Promise<void> {
    await this.peer?.send([id, ...frames])
  }

  /** The server's process is gone: its port closes, every connection drops. */
  async down(): Promise<void> {
    await this.peer?.close()
    await this.reader
    this.peer = undefined
    this.ctx.transcript.note(
      "suite",
      `fault: the server at ${this.endpoint} is down`,
    )
  }

  /** A server is back on the same endpoint, knowing nothing of the old one. */
  async up(): Promise<void> {
    // libzmq releases the port in its I/O thread, a moment after close().
    const deadline = performance.now() + 2000
    for (;;) {
      const peer = RawPeer.router("server", this.ctx.transcript)
      try {
        await peer.bind(this.endpoint)
        this.listen(peer)
        this.ctx.transcript.note(
          "suite",
          `the server is back at ${this.endpoint}`,
        )
        return
      } catch (err) {
        await peer.close()
        if (performance.now() > deadline) throw err
        await new Promise(r => setTimeout(r, 20))
      }
    }
  }

  async close(): Promise<void> {
    await this.peer?.close()
    await this.reader
  }
}
