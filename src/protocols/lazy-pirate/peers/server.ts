import { Reply } from "zeromq"
import {
  bindServer,
  type CurveServer,
  plaintext,
  type ServerSecurity,
} from "../../../core/curve-server"
import { type Logger, silentLogger } from "../../../core/log"
import type { ServerFault } from "./faults"

export interface EchoServerOptions {
  /** Endpoint to bind, e.g. "tcp://127.0.0.1:5555" or "tcp://127.0.0.1:*". */
  readonly bind: string
  /** Simulated work per request, in ms (the Guide's server takes 1 s). */
  readonly workMs?: number
  /** Serve as a CURVE server (RFC 26), with an optional allow-list (RFC 27). */
  readonly curve?: CurveServer
  readonly faults?: Iterable<ServerFault>
  readonly logger?: Logger
}

/**
 * The plain REP server of the Lazy Pirate pattern (LPC-17): it knows
 * nothing of retries and answers each request once, with the request's
 * bytes unchanged (LPC-18). A client that vanished before its reply costs
 * nothing: REP drops a reply whose connection is gone, and the next
 * request is served (O7 in digest §10.4).
 */
export class EchoServer {
  private readonly socket = new Reply({ linger: 0 })
  private readonly log: Logger
  private readonly faults: ReadonlySet<ServerFault>
  private readonly abort = new AbortController()
  private loop?: Promise<void>
  private security: ServerSecurity = plaintext

  constructor(private readonly opts: EchoServerOptions) {
    this.log = opts.logger ?? silentLogger()
    this.faults = new Set(opts.faults ?? [])
  }

  /** Binds and serves; resolves to the bound endpoint. */
  async start(): Promise<string> {
    if (this.loop) throw new Error("server already started")
    const { bind, curve } = this.opts
    const log = this.log
    this.security = await bindServer(this.socket, bind, curve, { log })
    const endpoint = this.socket.lastEndpoint ?? this.opts.bind
    this.log.info({ event: "bound", endpoint, faults: [...this.faults] })
    this.loop = this.serve()
    return endpoint
  }

  async stop(): Promise<void> {
    this.abort.abort()
    this.socket.close()
    await this.loop
    this.security.release()
  }

  private async serve(): Promise<void> {
    const workMs = this.opts.workMs ?? 0
    try {
      for await (const request of this.socket) {
        if (workMs > 0)
          await new Promise(resolve => setTimeout(resolve, workMs))
        if (this.abort.signal.aborted) return
        await this.socket.send(this.answer(request))
        this.log.debug({ event: "answered", frames: request.length })
      }
    } catch (err) {
      // Closing under a pending receive can surface as ENOTSOCK, not EAGAIN.
      if (!this.abort.signal.aborted)
        this.log.error({ event: "receive-failed", err })
    }
  }

  private answer(request: Buffer[]): Buffer[] {
    // Fault corrupt-reply breaks LPC-18: the reply is not the request.
    if (!this.faults.has("corrupt-reply")) return request
    return [
      ...request.slice(0, -1),
      Buffer.concat([request[request.length - 1], Buffer.from("!")]),
    ]
  }
}
