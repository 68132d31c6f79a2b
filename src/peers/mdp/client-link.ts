import { Dealer, Request } from "zeromq"
import { Outbox } from "../../core/outbox"

const emptyFrame = Buffer.alloc(0)

/**
 * The socket side of one synchronous try: send a REQUEST, wait up to the
 * timeout for one answer. Frames go in and come out as they appear on the
 * wire, frame 0 (the empty delimiter) included, so that the client decodes
 * both kinds of link the same way.
 */
export interface ClientLink {
  /** One try; undefined if nothing came within the timeout. */
  exchange(frames: Buffer[]): Promise<Buffer[] | undefined>
  /** Drops the socket: a late answer to this try can no longer arrive. */
  close(): void
}

function isTimeout(err: unknown): boolean {
  return (err as { code?: string }).code === "EAGAIN"
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
 * The normal link: a REQ socket (MDP-9). REQ writes and strips frame 0
 * itself and refuses a second send before the answer, which is MDP-8 enforced
 * by the socket. A REQ socket stuck waiting cannot send again, hence the
 * Lazy Pirate rule: on timeout the caller closes it and the next try opens a
 * new one.
 */
export class ReqLink implements ClientLink {
  private socket?: Request

  constructor(
    private readonly endpoint: string,
    private readonly timeoutMs: number,
  ) {}

  async exchange(frames: Buffer[]): Promise<Buffer[] | undefined> {
    const socket = this.open()
    try {
      await socket.send(frames.slice(1))
      const reply = await receiveWithin(socket, this.timeoutMs)
      return reply && [emptyFrame, ...reply]
    } catch (err) {
      if (isTimeout(err)) return undefined
      this.close()
      throw err
    }
  }

  close(): void {
    this.socket?.close()
    this.socket = undefined
  }

  private open(): Request {
    if (!this.socket) {
      const t = this.timeoutMs
      this.socket = new Request({ linger: 0, sendTimeout: t })
      this.socket.connect(this.endpoint)
    }
    return this.socket
  }
}

/**
 * Fault resend-early (breaks MDP-8): the same REQUEST a second time after a
 * quarter of the timeout, while the first is still unanswered. REQ would
 * refuse that send, so this link uses a DEALER that writes frame 0 itself
 * (MDP-11): on the wire it differs from a REQ client only by the early
 * resend. One socket per try, so the answer to the duplicate cannot be taken
 * for the answer to a later request.
 */
export class EarlyResendLink implements ClientLink {
  private socket?: Dealer

  constructor(
    private readonly endpoint: string,
    private readonly timeoutMs: number,
  ) {}

  async exchange(frames: Buffer[]): Promise<Buffer[] | undefined> {
    this.close()
    const t = this.timeoutMs
    const socket = new Dealer({ linger: 0, sendTimeout: t })
    socket.connect(this.endpoint)
    this.socket = socket
    // Two places send on this socket: the Outbox keeps them from overlapping.
    const outbox = new Outbox(socket)
    await outbox.send(frames)
    const again = setTimeout(
      () => {
        outbox.send(frames).catch(() => undefined)
      },
      Math.floor(t / 4),
    )
    try {
      return await receiveWithin(socket, t)
    } catch (err) {
      this.close()
      throw err
    } finally {
      clearTimeout(again)
    }
  }

  close(): void {
    this.socket?.close()
    this.socket = undefined
  }
}
