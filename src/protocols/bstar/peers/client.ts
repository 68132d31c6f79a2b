import { Request } from "zeromq"
import { clientSocketOptions, type CurveClientKeys } from "../../../core/curve"
import { type Logger, silentLogger } from "../../../core/log"
import { sleep } from "../../../core/ticker"
import { spec } from "../../../generated/bstar"
import { MarqueError } from "../../../errors"
import type { ClientFault } from "./faults"

export interface BstarClientOptions {
  /** BSTAR-26: both servers' frontends, the primary first. */
  readonly servers: readonly [primary: string, backup: string]
  /** Wait for a reply on each attempt (BSTAR-27). */
  readonly timeoutMs?: number
  /** Pause before trying the other server (BSTAR-27, BSTAR-28). */
  readonly settleMs?: number
  /**
   * Attempts in a row without a reply, counted over both servers, after
   * which a request is abandoned; 0 never gives up (the Guide's client).
   * At least 4, two visits to each server, so a failover can always finish
   * first (BSTAR-29; features/bstar/README.md).
   */
  readonly giveUpAfter?: number
  /** Whether a reply answers the request; by default any reply does. */
  readonly accepts?: (reply: Buffer[], request: Buffer[]) => boolean
  /** Connect as a CURVE client (RFC 26); both servers share the one public key. */
  readonly curve?: CurveClientKeys
  readonly faults?: Iterable<ClientFault>
  readonly logger?: Logger
}

/** Neither server answered `attempts` tries in a row. */
export class NoServerError extends MarqueError {
  constructor(readonly attempts: number) {
    super(`no reply from either server after ${attempts} attempts`)
  }
}

export interface Answer {
  readonly reply: Buffer[]
  /** 0 for the primary, 1 for the backup. */
  readonly server: 0 | 1
  /** Attempts this request took, the first included. */
  readonly attempts: number
}

/**
 * The Guide's bstarcli: Lazy Pirate with a switch of server. One REQ
 * socket at a time; on a timeout it is closed (LINGER 0, so an unsent
 * request dies with it), the other server is tried after the settle delay,
 * with the same request on a new socket.
 */
export class BstarClient {
  private server: 0 | 1
  private socket?: Request
  private readonly abort = new AbortController()
  private readonly timeoutMs: number
  private readonly settleMs: number
  private readonly giveUpAfter: number
  private readonly faults: ReadonlySet<ClientFault>
  private readonly log: Logger

  constructor(private readonly opts: BstarClientOptions) {
    this.faults = new Set(opts.faults ?? [])
    this.timeoutMs = opts.timeoutMs ?? spec.timing.clientTimeoutMs
    this.settleMs = opts.settleMs ?? spec.timing.settleDelayMs
    this.giveUpAfter = opts.giveUpAfter ?? 6
    // Fault backup-first breaks BSTAR-26.
    this.server = this.faults.has("backup-first") ? 1 : 0
    this.log = opts.logger ?? silentLogger()
  }

  /** The reply, from whichever server is active; NoServerError when neither answers. */
  async request(body: Buffer[]): Promise<Answer> {
    const limit = this.faults.has("give-up-early") ? 2 : this.giveUpAfter
    for (let attempt = 1; ; attempt++) {
      const reply = await this.attempt(body)
      if (reply) return { reply, server: this.server, attempts: attempt }
      if (this.abort.signal.aborted) throw new Error("client closed")
      this.drop()
      if (limit > 0 && attempt >= limit) throw new NoServerError(attempt)
      // Fault no-switch breaks BSTAR-27 (and keeps the settle delay).
      if (!this.faults.has("no-switch")) this.server = this.server ? 0 : 1
      const settle = this.faults.has("no-settle") ? 0 : this.settleMs
      this.log.info({
        event: "switching",
        to: this.opts.servers[this.server],
        afterMs: settle,
      })
      if (!(await sleep(settle, this.abort.signal)))
        throw new Error("client closed")
    }
  }

  close(): void {
    this.abort.abort()
    this.drop()
  }

  /** One send and one wait: the reply, or undefined after the timeout. */
  private async attempt(body: Buffer[]): Promise<Buffer[] | undefined> {
    const socket = (this.socket ??= this.open())
    try {
      await socket.send(body)
      const reply = await socket.receive()
      if (this.opts.accepts?.(reply, body) ?? true) return reply
      // A reply that does not answer: the Guide's client keeps polling, and
      // REQ delivers nothing more, so the wait just runs out.
      this.log.warn({ event: "wrong-reply", reply: reply.map(String) })
      await sleep(this.timeoutMs, this.abort.signal)
    } catch (err) {
      if (
        (err as { code?: string }).code !== "EAGAIN" &&
        !this.abort.signal.aborted
      )
        throw err
      this.log.info({
        event: "timeout",
        server: this.opts.servers[this.server],
        afterMs: this.timeoutMs,
      })
    }
    return undefined
  }

  private open(): Request {
    const socket = new Request({
      ...clientSocketOptions(this.timeoutMs, this.opts.curve),
      receiveTimeout: this.timeoutMs,
    })
    socket.connect(this.opts.servers[this.server])
    return socket
  }

  private drop(): void {
    if (this.socket && !this.socket.closed) this.socket.close()
    this.socket = undefined
  }
}
