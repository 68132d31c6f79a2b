import { Request } from "zeromq"
import { type Logger, silentLogger } from "../../core/log"
import {
  decodeToClient,
  encodeClientRequest,
  spec,
} from "../../generated/mdp-0.1"

export interface MdpClientOptions {
  /** Broker endpoint, e.g. "tcp://127.0.0.1:5555". */
  readonly connect: string
  /** How long one try waits for the REPLY. */
  readonly timeoutMs?: number
  /** Tries per request before giving up (the Guide's Lazy Pirate counts tries). */
  readonly retries?: number
  readonly logger?: Logger
}

/** The broker did not answer any of the tries. */
export class RequestTimeoutError extends Error {
  override readonly name = "RequestTimeoutError"

  constructor(
    readonly endpoint: string,
    readonly service: string,
    readonly tries: number,
    readonly timeoutMs: number,
  ) {
    super(
      `no reply from ${endpoint} for service "${service}" after ${tries} ${tries === 1 ? "try" : "tries"} of ${timeoutMs} ms`,
    )
  }
}

/** The broker answered with something that is not a valid REPLY to our REQUEST. */
export class BadReplyError extends Error {
  override readonly name = "BadReplyError"

  constructor(
    readonly rule: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`${rule}: bad reply: expected ${expected}, got ${actual}`)
  }
}

const emptyFrame = Buffer.alloc(0)

/**
 * Synchronous 7/MDP client on a REQ socket (MDP-9), recovering the Lazy Pirate
 * way (MDP-12): when a reply is late it drops the socket, since a REQ socket
 * stuck waiting cannot send again, opens a new one and resends.
 */
export class MdpClient {
  private readonly timeoutMs: number
  private readonly retries: number
  private readonly log: Logger
  private socket?: Request
  private busy = false

  constructor(private readonly opts: MdpClientOptions) {
    this.timeoutMs = opts.timeoutMs ?? spec.timing.clientTimeoutMs
    this.retries = Math.max(1, opts.retries ?? spec.timing.clientRetries)
    this.log = opts.logger ?? silentLogger()
  }

  /** Sends a REQUEST and resolves to the REPLY body (MDP-8: one at a time). */
  async request(service: string, body: Buffer[]): Promise<Buffer[]> {
    // MDP-6: the request body is one or more frames.
    if (body.length === 0)
      throw new RangeError("an MDP request needs at least one body frame")
    // MDP-8: one REQUEST, then its REPLY; a REQ socket cannot overlap them.
    if (this.busy) throw new Error("MdpClient sends one request at a time")
    this.busy = true
    try {
      return await this.exchangeWithRetries(service, body)
    } finally {
      this.busy = false
    }
  }

  close(): void {
    this.drop()
  }

  private async exchangeWithRetries(
    service: string,
    body: Buffer[],
  ): Promise<Buffer[]> {
    // The REQ socket adds frame 0, the empty delimiter, itself.
    const frames = encodeClientRequest({
      command: "REQUEST",
      service,
      body,
    }).slice(1)
    for (let attempt = 1; attempt <= this.retries; attempt++) {
      const socket = this.open()
      const reply = await this.exchange(socket, frames)
      if (reply) return this.check(service, reply)
      this.log.warn({
        event: "request-timeout",
        service,
        attempt,
        of: this.retries,
      })
      this.drop()
    }
    throw new RequestTimeoutError(
      this.opts.connect,
      service,
      this.retries,
      this.timeoutMs,
    )
  }

  /** One try: undefined if the broker stays silent for timeoutMs. */
  private async exchange(
    socket: Request,
    frames: Buffer[],
  ): Promise<Buffer[] | undefined> {
    try {
      await socket.send(frames)
      return await socket.receive()
    } catch (err) {
      if ((err as { code?: string }).code === "EAGAIN") return undefined
      this.drop()
      throw err
    }
  }

  private check(service: string, frames: Buffer[]): Buffer[] {
    const decoded = decodeToClient([emptyFrame, ...frames])
    if (!decoded.ok) {
      const e = decoded.error
      throw new BadReplyError(e.rule, `${e.frameName} ${e.expected}`, e.actual)
    }
    // MDP-7: the reply names the service that was asked for.
    if (decoded.value.service !== service) {
      throw new BadReplyError(
        "MDP-7",
        `service "${service}"`,
        `service "${decoded.value.service}"`,
      )
    }
    return decoded.value.body
  }

  private open(): Request {
    if (!this.socket) {
      const t = this.timeoutMs
      this.socket = new Request({
        linger: 0,
        sendTimeout: t,
        receiveTimeout: t,
      })
      this.socket.connect(this.opts.connect)
    }
    return this.socket
  }

  private drop(): void {
    this.socket?.close()
    this.socket = undefined
  }
}
