import { clientSocketOptions, type CurveClientKeys } from "../../../core/curve"
import { Dealer, Request } from "zeromq"
import { Outbox } from "../../../core/outbox"
import { type QueueLimits, socketLimits } from "./limits"

const emptyFrame = Buffer.alloc(0)

/**
 * The socket side of the synchronous client's tries. Frames go in and come
 * out as they appear on the wire, 7/MDP's frame 0 (the empty delimiter)
 * included, so that the client decodes every kind of link the same way.
 */
export interface ClientLink {
  /**
   * Starts a try: sends the REQUEST, on a new socket if the last try's was
   * dropped. False if it could not be sent within the timeout.
   */
  send(frames: Buffer[]): Promise<boolean>
  /** The next answer within `ms`, or undefined. */
  receive(ms: number): Promise<Buffer[] | undefined>
  /** Drops the socket: a late answer to this try can no longer arrive. */
  close(): void
}

/** What every socket of a link is opened with. */
export interface LinkSockets extends QueueLimits {
  /** How long a send may wait for room before the try counts as lost. */
  readonly timeoutMs: number
  /** CURVE client keys, when the broker is a CURVE server. */
  readonly curve?: CurveClientKeys
}

function socketOptions(o: LinkSockets) {
  return { ...clientSocketOptions(o.timeoutMs, o.curve), ...socketLimits(o) }
}

function isTimeout(err: unknown): boolean {
  return (err as { code?: string }).code === "EAGAIN"
}

/** Sends, turning a send timeout into false. */
async function sent(send: () => Promise<void>): Promise<boolean> {
  try {
    await send()
    return true
  } catch (err) {
    if (isTimeout(err)) return false
    throw err
  }
}

/** Awaits `p`; on an error (timeouts are results), drops the socket. */
async function closingOnError<T>(link: ClientLink, p: Promise<T>): Promise<T> {
  try {
    return await p
  } catch (err) {
    link.close()
    throw err
  }
}

/**
 * The next message within `ms` of now, or undefined. zeromq.js times
 * receiveTimeout from libuv's cached loop time, which lags after a long
 * synchronous stretch such as process start-up: a fresh CLI client's first
 * try then ended about 100 ms early. The deadline here is wall-clock time,
 * and an early timeout just waits out the rest.
 */
async function receiveWithin(
  socket: Dealer | Request,
  ms: number,
): Promise<Buffer[] | undefined> {
  const deadline = performance.now() + ms
  for (;;) {
    socket.receiveTimeout = Math.max(1, Math.ceil(ms))
    try {
      return await socket.receive()
    } catch (err) {
      if (!isTimeout(err)) throw err
      ms = deadline - performance.now()
      if (ms < 1) return undefined
    }
  }
}

/**
 * The 7/MDP link: a REQ socket (MDP-9). REQ writes and strips frame 0 itself
 * and refuses a second send before the answer, which is MDP-8 enforced by
 * the socket. A REQ socket stuck waiting cannot send again, hence the Lazy
 * Pirate rule: on timeout the caller closes it and the next try opens a new
 * one.
 */
export class ReqLink implements ClientLink {
  private socket?: Request

  constructor(
    private readonly endpoint: string,
    private readonly sockets: LinkSockets,
  ) {}

  async send(frames: Buffer[]): Promise<boolean> {
    const socket = this.open()
    return closingOnError(
      this,
      sent(() => socket.send(frames.slice(1))),
    )
  }

  async receive(ms: number): Promise<Buffer[] | undefined> {
    const reply = await closingOnError(this, receiveWithin(this.open(), ms))
    return reply && [emptyFrame, ...reply]
  }

  close(): void {
    this.socket?.close()
    this.socket = undefined
  }

  private open(): Request {
    if (!this.socket) {
      this.socket = new Request(socketOptions(this.sockets))
      this.socket.connect(this.endpoint)
    }
    return this.socket
  }
}

export interface DealerLinkOptions {
  /**
   * Fault resend-early (breaks MDP-8, MDP2-9): the same REQUEST a second
   * time after a quarter of the timeout unless an answer came first. Each
   * try then gets its own socket, so the answers to the duplicate cannot be
   * taken for those of a later request.
   */
  readonly resendEarly: boolean
  /** Called with each message found waiting before a new REQUEST goes out. */
  readonly onStale: (frames: Buffer[]) => void
}

/**
 * A DEALER link: 18/MDP's client socket (MDP2-10), which takes zero or more
 * PARTIALs then the FINAL (MDP2-11); also 7/MDP's with fault resend-early,
 * writing frame 0 itself (MDP-11) since REQ would refuse the early resend.
 * The socket outlives a try that got its answers; anything that arrives
 * after those, say a PARTIAL after the FINAL, is stale by the next REQUEST.
 */
export class DealerLink implements ClientLink {
  private socket?: Dealer
  private outbox?: Outbox
  private again?: NodeJS.Timeout

  constructor(
    private readonly endpoint: string,
    private readonly sockets: LinkSockets,
    private readonly opts: DealerLinkOptions,
  ) {}

  async send(frames: Buffer[]): Promise<boolean> {
    if (this.opts.resendEarly) this.close()
    const socket = this.open()
    // Two places may send on this socket: the Outbox keeps them apart.
    const outbox = (this.outbox ??= new Outbox(socket))
    await closingOnError(this, this.discardStale(socket))
    const ok = await closingOnError(
      this,
      sent(() => outbox.send(frames)),
    )
    if (!ok) return false
    if (this.opts.resendEarly) {
      this.again = setTimeout(
        () => outbox.send(frames).catch(() => undefined),
        Math.floor(this.sockets.timeoutMs / 4),
      )
    }
    return true
  }

  async receive(ms: number): Promise<Buffer[] | undefined> {
    const got = await closingOnError(this, receiveWithin(this.open(), ms))
    if (got) clearTimeout(this.again)
    return got
  }

  close(): void {
    clearTimeout(this.again)
    this.socket?.close()
    this.socket = undefined
    this.outbox = undefined
  }

  private async discardStale(socket: Dealer): Promise<void> {
    for (;;) {
      // 0: reject at once when nothing is waiting.
      socket.receiveTimeout = 0
      try {
        this.opts.onStale(await socket.receive())
      } catch (err) {
        if (isTimeout(err)) return
        throw err
      }
    }
  }

  private open(): Dealer {
    if (!this.socket) {
      this.socket = new Dealer(socketOptions(this.sockets))
      this.socket.connect(this.endpoint)
    }
    return this.socket
  }
}
