import { Dealer } from "zeromq"
import { clientSecurity, type CurveClientKeys } from "../../../core/curve"
import { type Logger, silentLogger } from "../../../core/log"
import { spec } from "../../../generated/flp"
import { FlpRequestFailed } from "./client"

export interface Model2Options {
  readonly servers: readonly string[]
  /** How long a request waits for any reply (the Guide: 2500 ms). */
  readonly globalTimeoutMs?: number
  /** Connect as a CURVE client (RFC 26); every server shares the one public key. */
  readonly curve?: CurveClientKeys
  readonly logger?: Logger
}

/**
 * The Guide's model 2, the brutal shotgun massacre: one DEALER connected to
 * every server; each request goes out once per server as [""][seq][body],
 * which round-robin spreads one to each, and the first reply carrying the
 * current sequence number wins. Replies to earlier requests are dropped.
 * `immediate` keeps copies from queueing for a server that is down.
 */
export class FlpModel2Client {
  private readonly dealer = new Dealer({ linger: 0, immediate: true })
  private readonly timeoutMs: number
  private readonly log: Logger
  private sequence = 0

  constructor(private readonly opts: Model2Options) {
    if (opts.servers.length === 0) throw new RangeError("no servers given")
    this.timeoutMs = opts.globalTimeoutMs ?? spec.timing.model2.globalTimeoutMs
    this.log = opts.logger ?? silentLogger()
    // Before start() connects: each connection's handshake uses them.
    Object.assign(this.dealer, clientSecurity(opts.curve))
  }

  start(): void {
    for (const s of this.opts.servers) this.dealer.connect(s)
  }

  async request(body: Buffer[]): Promise<Buffer[]> {
    const seq = String(++this.sequence)
    const deadline = performance.now() + this.timeoutMs
    // With nobody connected yet a send waits; no longer than the deadline.
    this.dealer.sendTimeout = this.timeoutMs
    try {
      for (let i = 0; i < this.opts.servers.length; i++)
        await this.dealer.send(["", seq, ...body])
    } catch (err) {
      if ((err as { code?: string }).code !== "EAGAIN") throw err
    }
    for (;;) {
      const left = deadline - performance.now()
      if (left <= 0) throw new FlpRequestFailed(this.timeoutMs, 0)
      this.dealer.receiveTimeout = Math.ceil(left)
      let frames: Buffer[]
      try {
        frames = await this.dealer.receive()
      } catch (err) {
        if ((err as { code?: string }).code === "EAGAIN") continue
        throw err
      }
      const [, got, ...reply] = frames
      if (got?.toString() === seq && reply.length > 0) return reply
      this.log.debug({ event: "stale-reply", seq: got?.toString() })
    }
  }

  async close(): Promise<void> {
    this.dealer.close()
  }
}
