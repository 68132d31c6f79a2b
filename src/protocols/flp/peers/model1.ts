import { Request } from "zeromq"
import { clientSocketOptions, type CurveClientKeys } from "../../../core/curve"
import { type Logger, silentLogger } from "../../../core/log"
import { spec } from "../../../generated/flp"
import { FlpRequestFailed } from "./client"

export interface Model1Options {
  readonly servers: readonly string[]
  /** How long one attempt waits (the Guide: 1000 ms). */
  readonly requestTimeoutMs?: number
  /** Attempts when there is one server (the Guide: 3). */
  readonly maxRetries?: number
  /** Fault no-failover: only the first server is ever tried. */
  readonly noFailover?: boolean
  /** Connect as a CURVE client (RFC 26); every server shares the one public key. */
  readonly curve?: CurveClientKeys
  readonly logger?: Logger
}

/**
 * The Guide's model 1, simple retry and failover: a new REQ socket for each
 * attempt, so a lost reply never wedges it. With one server it retries
 * there (Lazy Pirate); with several it tries each once, in turn, starting
 * from the one that answered last. Not FLP on the wire: the REQ envelope's
 * empty frame is what an FLP server takes for the CCF, and it comes back.
 */
export class FlpModel1Client {
  private readonly timeoutMs: number
  private readonly retries: number
  private readonly log: Logger
  private next = 0

  constructor(private readonly opts: Model1Options) {
    if (opts.servers.length === 0) throw new RangeError("no servers given")
    this.timeoutMs =
      opts.requestTimeoutMs ?? spec.timing.model1.requestTimeoutMs
    this.retries = opts.maxRetries ?? spec.timing.model1.maxRetries
    this.log = opts.logger ?? silentLogger()
  }

  start(): void {}

  async request(body: Buffer[]): Promise<Buffer[]> {
    const servers = this.opts.servers
    const attempts = this.opts.noFailover
      ? 1
      : servers.length === 1
        ? this.retries
        : servers.length
    for (let k = 0; k < attempts; k++) {
      const i = (this.next + k) % servers.length
      const reply = await this.attempt(servers[i], body)
      if (reply) {
        this.next = i
        return reply
      }
      this.log.warn({ event: "attempt-timeout", server: servers[i] })
    }
    throw new FlpRequestFailed(this.timeoutMs * attempts, 0)
  }

  async close(): Promise<void> {}

  private async attempt(
    endpoint: string,
    body: Buffer[],
  ): Promise<Buffer[] | undefined> {
    const req = new Request({
      ...clientSocketOptions(this.timeoutMs, this.opts.curve),
      receiveTimeout: this.timeoutMs,
    })
    try {
      req.connect(endpoint)
      await req.send(body)
      return await req.receive()
    } catch (err) {
      if ((err as { code?: string }).code === "EAGAIN") return undefined
      throw err
    } finally {
      req.close()
    }
  }
}
