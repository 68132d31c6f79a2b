import { Dealer } from "zeromq"
import { type Logger, silentLogger } from "../../../core/log"

/**
 * What an active server does with an accepted request: its reply frames,
 * or undefined for no reply (the client's timeout then sends it elsewhere).
 * The state machine never looks inside; only accepted requests get here.
 */
export type App = (body: Buffer[]) => Promise<Buffer[] | undefined>

/** The Guide's server: the request back, unchanged (digest §12.2). */
export const echo: App = async body => body

export interface ForwardOptions {
  /** A request-reply server: anything a REQ client can talk to. */
  readonly connect: string
  /** Wait for each reply; past it the request gets no answer. */
  readonly timeoutMs: number
  /** Requests waiting for the backend; past it new ones get no answer. */
  readonly queueLimit?: number
  readonly logger?: Logger
}

/**
 * Fronts another server: each accepted request goes to it as a REQ client
 * would send it (an empty delimiter, then the frames unchanged) and its
 * reply comes back. One request at a time, as REQ does, so any server a
 * REQ client can use works behind the pair: a REP echo, a Lazy Pirate
 * server, a Simple or Paranoid Pirate queue, a Majordomo broker (the
 * client then sends MDP/Client frames). After a timeout the socket is
 * replaced, so a late reply can never be taken for the next request's.
 */
export class Forwarder {
  private socket: Dealer
  private chain: Promise<unknown> = Promise.resolve()
  private waiting = 0
  private closed = false
  private readonly log: Logger

  constructor(private readonly opts: ForwardOptions) {
    this.log = opts.logger ?? silentLogger()
    this.socket = this.open()
  }

  readonly app: App = body => {
    if (this.closed || this.waiting >= (this.opts.queueLimit ?? 1000))
      return Promise.resolve(undefined)
    this.waiting++
    const result = this.chain.then(() => this.roundTrip(body))
    this.chain = result.finally(() => this.waiting--)
    return result
  }

  close(): void {
    this.closed = true
    this.socket.close()
  }

  private open(): Dealer {
    const socket = new Dealer({
      linger: 0,
      receiveTimeout: this.opts.timeoutMs,
    })
    socket.connect(this.opts.connect)
    return socket
  }

  private async roundTrip(body: Buffer[]): Promise<Buffer[] | undefined> {
    if (this.closed) return undefined
    const socket = this.socket
    try {
      await socket.send([Buffer.alloc(0), ...body])
      // receiveTimeout: past it receive() rejects with EAGAIN.
      const reply = await socket.receive()
      if (reply.length > 1 && reply[0].length === 0) return reply.slice(1)
      this.log.warn({ event: "backend-malformed-reply" })
    } catch (err) {
      if (this.closed) return undefined
      if ((err as { code?: string }).code !== "EAGAIN")
        this.log.warn({ event: "backend-error", error: (err as Error).message })
    }
    if (!this.closed) {
      this.log.info({ event: "backend-timeout", afterMs: this.opts.timeoutMs })
      socket.close()
      this.socket = this.open()
    }
    return undefined
  }
}
