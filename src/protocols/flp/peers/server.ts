import { Router } from "zeromq"
import {
  bindServer,
  type CurveServer,
  plaintext,
  type ServerSecurity,
} from "../../../core/curve-server"
import { type Logger, silentLogger } from "../../../core/log"
import { Outbox } from "../../../core/outbox"
import { sleep } from "../../../core/ticker"
import { decodeFromClient, encodeServerPong } from "../../../generated/flp"
import type { ServerFault } from "./faults"

/** Turns a request body into the reply body (1+ frames, FLP-4). */
export type FlpHandler = (body: Buffer[]) => Buffer[] | Promise<Buffer[]>

export interface FlpServerOptions {
  /** Where to bind, with a fixed port, e.g. "tcp://127.0.0.1:5555". */
  readonly bind: string
  /**
   * FLP-9, FLP-10: the socket identity, the public endpoint clients connect
   * to. Default: the bind endpoint, which must then name a host and port.
   */
  readonly identity?: string
  /** Default: echo the request body. */
  readonly handler?: FlpHandler
  /** Time each request takes before its reply, so tests can be slow servers. */
  readonly workMs?: number
  /** Requests worked on at once; past it a request is dropped (bounded memory). */
  readonly maxInFlight?: number
  /** Largest message accepted (ZMQ_MAXMSGSIZE); libzmq drops a larger sender. */
  readonly maxMessageBytes?: number
  /** Serve as a CURVE server (RFC 26), with an optional allow-list (RFC 27). */
  readonly curve?: CurveServer
  readonly faults?: Iterable<ServerFault>
  readonly logger?: Logger
}

const echo: FlpHandler = body => body

/** FLP-10: an identity can only be the endpoint when the endpoint is concrete. */
export function serverIdentity(bind: string, identity?: string): string {
  if (identity !== undefined) {
    if (identity.length === 0 || Buffer.byteLength(identity) > 255)
      throw new RangeError("an FLP server identity is 1 to 255 bytes")
    return identity
  }
  if (!/^(tcp|ipc|inproc):\/\//.test(bind) || /\*/.test(bind))
    throw new RangeError(
      `FLP-10: a server's identity is the endpoint clients connect to; "${bind}" is not one (give a fixed host and port, or --identity)`,
    )
  return bind
}

/**
 * 10/FLP server: one ROUTER (FLP-7) whose identity is its public endpoint
 * (FLP-9, FLP-10), bound before any client connects, so that clients can
 * address it by that string. Answers PING with PONG (FLP-2) and each request
 * with its CCF unchanged and the handler's reply (FLP-4); sends nothing
 * else (FLP-12). The ROUTER is mandatory with a zero send timeout: a reply
 * to a client that vanished fails at once and is dropped (FLP-S1).
 */
export class FlpServer {
  readonly identity: string
  private readonly router: Router
  private readonly outbox: Outbox
  private readonly handler: FlpHandler
  private readonly faults: ReadonlySet<ServerFault>
  private readonly log: Logger
  private readonly abort = new AbortController()
  private inFlight = 0
  private loop?: Promise<void>
  private security: ServerSecurity = plaintext

  constructor(private readonly opts: FlpServerOptions) {
    this.identity = serverIdentity(opts.bind, opts.identity)
    this.handler = opts.handler ?? echo
    this.faults = new Set(opts.faults ?? [])
    this.log = opts.logger ?? silentLogger()
    this.router = new Router({
      linger: 0,
      routingId: this.identity,
      mandatory: true,
      sendTimeout: 0,
      sendHighWaterMark: 1000,
      receiveHighWaterMark: 1000,
      ...(opts.maxMessageBytes ? { maxMessageSize: opts.maxMessageBytes } : {}),
    })
    this.outbox = new Outbox(this.router, 10_000)
  }

  /** Binds; resolves to the bound endpoint. */
  async start(): Promise<string> {
    if (this.loop) throw new Error("server already started")
    const { bind, curve } = this.opts
    const log = this.log
    this.security = await bindServer(this.router, bind, curve, { log })
    this.loop = this.serve()
    this.log.info({ event: "bound", endpoint: this.endpoint })
    return this.endpoint
  }

  get endpoint(): string {
    return this.router.lastEndpoint ?? this.opts.bind
  }

  async stop(): Promise<void> {
    this.abort.abort()
    if (!this.router.closed) this.router.close()
    await this.loop
    this.security.release()
  }

  private async serve(): Promise<void> {
    try {
      for await (const [client, ...frames] of this.router)
        this.dispatch(client, frames)
    } catch (err) {
      if (!this.abort.signal.aborted) throw err
    }
  }

  private dispatch(client: Buffer, frames: Buffer[]): void {
    const decoded = decodeFromClient(frames)
    if (!decoded.ok) {
      // FLP defines no error reply (§6.4): an invalid message is dropped.
      this.log.warn({ event: "invalid-dropped", ...decoded.error })
      return
    }
    const msg = decoded.value
    switch (msg.command) {
      case "PING":
        // Fault no-pong breaks FLP-2.
        if (!this.faults.has("no-pong"))
          this.send(client, encodeServerPong({ command: "PONG" }))
        return
      case "REQUEST":
        if (this.inFlight >= (this.opts.maxInFlight ?? 1000)) {
          this.log.warn({ event: "request-dropped", reason: "busy" })
          return
        }
        void this.work(client, msg.ccf, msg.body)
        return
      default: {
        const never: never = msg
        throw new Error(`unhandled ${JSON.stringify(never)}`)
      }
    }
  }

  private async work(client: Buffer, ccf: Buffer, body: Buffer[]) {
    this.inFlight++
    try {
      const ms = this.opts.workMs ?? 0
      if (ms > 0 && !(await sleep(ms, this.abort.signal))) return
      const reply = await this.handler(body)
      if (reply.length === 0) throw new Error("a reply needs a body frame")
      // Fault wrong-ccf breaks FLP-4: the CCF comes back changed.
      const back = this.faults.has("wrong-ccf")
        ? Buffer.concat([ccf, Buffer.from("~")])
        : ccf
      this.send(client, [back, ...reply])
      // Fault reply-twice breaks FLP-12: the copy answers nothing.
      if (this.faults.has("reply-twice")) this.send(client, [back, ...reply])
    } catch (err) {
      this.log.error({ event: "handler-failed", error: String(err) })
    } finally {
      this.inFlight--
    }
  }

  private send(client: Buffer, frames: Buffer[]): void {
    this.outbox.send([client, ...frames]).catch((err: Error) => {
      // EHOSTUNREACH: the client is gone (FLP-S1); EAGAIN: it stopped reading.
      if (!this.abort.signal.aborted)
        this.log.debug({ event: "reply-dropped", reason: err.message })
    })
  }
}
