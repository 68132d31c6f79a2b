import { type Logger, silentLogger } from "../../core/log"
import {
  decodeToClient,
  encodeClientRequest,
  spec,
} from "../../generated/mdp-0.1"
import { type ClientLink, EarlyResendLink, ReqLink } from "./client-link"
import type { ClientFault } from "./faults"

export interface MdpClientOptions {
  /** Broker endpoint, e.g. "tcp://127.0.0.1:5555". */
  readonly connect: string
  /** How long one try waits for the REPLY. */
  readonly timeoutMs?: number
  /** Tries per request before giving up (the Guide's Lazy Pirate counts tries). */
  readonly retries?: number
  /** Requirements to break on purpose (see clientFaults). */
  readonly faults?: Iterable<ClientFault>
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

/**
 * Synchronous 7/MDP client on a REQ socket (MDP-9), recovering the Lazy Pirate
 * way (MDP-12): when a reply is late it drops the socket, since a REQ socket
 * stuck waiting cannot send again, opens a new one and resends.
 */
export class MdpClient {
  private readonly timeoutMs: number
  private readonly retries: number
  private readonly faults: ReadonlySet<ClientFault>
  private readonly log: Logger
  private readonly link: ClientLink
  private busy = false

  constructor(private readonly opts: MdpClientOptions) {
    this.timeoutMs = opts.timeoutMs ?? spec.timing.clientTimeoutMs
    this.faults = new Set(opts.faults ?? [])
    // Fault no-retry breaks MDP-12: one try, then give up.
    this.retries = this.faults.has("no-retry")
      ? 1
      : Math.max(1, opts.retries ?? spec.timing.clientRetries)
    this.log = opts.logger ?? silentLogger()
    this.link = this.faults.has("resend-early")
      ? new EarlyResendLink(opts.connect, this.timeoutMs)
      : new ReqLink(opts.connect, this.timeoutMs)
  }

  /** Sends a REQUEST and resolves to the REPLY body (MDP-8: one at a time). */
  async request(service: string, body: Buffer[]): Promise<Buffer[]> {
    // MDP-6: the request body is one or more frames.
    if (body.length === 0 && !this.faults.has("no-body"))
      throw new RangeError("an MDP request needs at least one body frame")
    // MDP-8: one REQUEST, then its REPLY; a REQ socket cannot overlap them.
    if (this.busy) throw new Error("MdpClient sends one request at a time")
    this.busy = true
    try {
      return await this.exchangeWithRetries(service, this.encode(service, body))
    } finally {
      this.busy = false
    }
  }

  close(): void {
    this.link.close()
  }

  private encode(service: string, body: Buffer[]): Buffer[] {
    const frames = encodeClientRequest({ command: "REQUEST", service, body })
    // Fault wrong-header breaks MDP-22; fault no-body breaks MDP-6.
    if (this.faults.has("wrong-header")) frames[1] = Buffer.from("MDPC02")
    return this.faults.has("no-body") ? frames.slice(0, 3) : frames
  }

  private async exchangeWithRetries(
    service: string,
    frames: Buffer[],
  ): Promise<Buffer[]> {
    for (let attempt = 1; attempt <= this.retries; attempt++) {
      const reply = await this.link.exchange(frames)
      if (reply) return this.check(service, reply)
      this.log.warn({
        event: "request-timeout",
        service,
        attempt,
        of: this.retries,
      })
      this.link.close()
    }
    throw new RequestTimeoutError(
      this.opts.connect,
      service,
      this.retries,
      this.timeoutMs,
    )
  }

  private check(service: string, frames: Buffer[]): Buffer[] {
    const decoded = decodeToClient(frames)
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
}
