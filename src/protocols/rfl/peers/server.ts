import { createHash } from "node:crypto"
import { Router } from "zeromq"
import { type Clock, systemClock } from "../../../core/clock"
import type { CurveServer } from "../../../core/curve-server"
import { bindServer, plaintext } from "../../../core/curve-server"
import { type Logger, silentLogger } from "../../../core/log"
import { Outbox } from "../../../core/outbox"
import { every, sleep } from "../../../core/ticker"
import {
  decodeFromClient,
  encodeHeartbeatReply,
  encodeResponseError,
  encodeResponseOk,
  encodeResponseOkEmpty,
  spec,
} from "../../../generated/rfl"
import { type CacheLimits, DedupeCache } from "./cache"
import type { ServerFault } from "./faults"
import { requestIdProblem } from "./request-id"

/** The work: payload frames in, result frames out (0+, RFL-5). */
export type RflHandler = (payload: Buffer[]) => Buffer[] | Promise<Buffer[]>

export interface RflServerOptions extends Partial<CacheLimits> {
  /** Where to bind, e.g. "tcp://127.0.0.1:5555" or "tcp://127.0.0.1:*". */
  readonly bind: string
  /** RFL-S16: default the bound endpoint, the string clients connect to. */
  readonly serverId?: string
  /** Default: echo the payload (RFL-S18). */
  readonly handler?: RflHandler
  /** Put the number of executions so far before the result: how the suite counts runs. */
  readonly counter?: boolean
  /** Time each execution takes, so tests can have slow servers. */
  readonly workMs?: number
  /** RFL-S6: how often expired entries are purged (the seed: 60 s). */
  readonly purgeIntervalMs?: number
  /** Requests executing at once; past it a request gets ERROR "busy". */
  readonly maxInFlight?: number
  /** Largest message accepted (ZMQ_MAXMSGSIZE). */
  readonly maxMessageBytes?: number
  /** Serve as a CURVE server (RFC 26), with an optional allow-list (RFC 27). */
  readonly curve?: CurveServer
  readonly faults?: Iterable<ServerFault>
  readonly logger?: Logger
  readonly clock?: Clock
}

interface Running {
  readonly digest: string
  /** Everyone who sent this id while it ran: each gets one RESPONSE (RFL-S2). */
  readonly askers: Buffer[]
}

const echo: RflHandler = payload => payload
const empty = Buffer.alloc(0)
const requestCmd = Buffer.from(spec.constants.request)

/**
 * Reliable Freelance server: one ROUTER, bound (RFL-1). Answers HEARTBEAT
 * with its server id (RFL-S1), runs each request id once and answers
 * repeats from its cache (RFL-S4), sent to whoever asked this time (RFL-S7).
 * Work runs off the receive loop, so heartbeats are answered meanwhile
 * (RFL-S15). The ROUTER is mandatory with a zero send timeout: an answer to
 * a client that is gone fails at once, and is then not cached (RFL-S10).
 */
export class RflServer {
  private readonly router: Router
  private readonly outbox: Outbox
  private readonly cache: DedupeCache
  private readonly running = new Map<string, Running>()
  private readonly faults: ReadonlySet<ServerFault>
  private readonly log: Logger
  private readonly clock: Clock
  private readonly abort = new AbortController()
  private readonly loops: Promise<void>[] = []
  private id = ""
  private security = plaintext
  /** Executions so far: the counter an execution-counting suite reads. */
  executions = 0

  constructor(private readonly opts: RflServerOptions) {
    this.clock = opts.clock ?? systemClock
    this.log = opts.logger ?? silentLogger()
    this.faults = new Set(opts.faults ?? [])
    this.cache = new DedupeCache(
      {
        ttlMs: opts.ttlMs ?? spec.timing.cacheTtlMs,
        maxEntries: opts.maxEntries ?? 10_000,
        maxBytes: opts.maxBytes ?? 64 << 20,
      },
      this.clock,
    )
    this.router = new Router({
      linger: 0,
      mandatory: true,
      sendTimeout: 0,
      ...(opts.maxMessageBytes ? { maxMessageSize: opts.maxMessageBytes } : {}),
    })
    this.outbox = new Outbox(this.router, 10_000)
  }

  async start(): Promise<string> {
    const { bind, curve } = this.opts
    const o = { log: this.log, clock: this.clock }
    this.security = await bindServer(this.router, bind, curve, o)
    this.id = this.opts.serverId ?? this.endpoint
    const purgeMs =
      this.opts.purgeIntervalMs ?? spec.timing.cacheCleanupIntervalMs
    this.loops.push(this.serve(), this.purge(purgeMs))
    this.log.info({
      event: "bound",
      endpoint: this.endpoint,
      serverId: this.id,
    })
    return this.endpoint
  }

  get endpoint(): string {
    return this.router.lastEndpoint ?? this.opts.bind
  }

  get serverId(): string {
    return this.id
  }

  get cached(): { entries: number; bytes: number } {
    return { entries: this.cache.size, bytes: this.cache.bytes }
  }

  async stop(): Promise<void> {
    this.abort.abort()
    if (!this.router.closed) this.router.close()
    await Promise.allSettled(this.loops)
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

  private async purge(ms: number): Promise<void> {
    for await (const _ of every(ms, this.abort.signal)) {
      const n = this.cache.purge()
      if (n > 0) this.log.debug({ event: "cache-purged", entries: n })
    }
  }

  private dispatch(client: Buffer, frames: Buffer[]): void {
    const decoded = decodeFromClient(frames)
    if (!decoded.ok) {
      // RFL-S13: a REQUEST with a readable id but no payload gets ERROR.
      const [e, cmd, id] = frames
      if (frames.length === 3 && e.length === 0 && cmd.equals(requestCmd))
        return this.refuse(client, id, "no payload frame")
      // RFL-S14: anything else malformed is dropped without a reply.
      this.log.warn({ event: "invalid-dropped", ...decoded.error })
      return
    }
    const msg = decoded.value
    switch (msg.command) {
      case "HEARTBEAT":
        // Fault no-heartbeat-reply breaks RFL-S1.
        if (!this.faults.has("no-heartbeat-reply"))
          void this.send(
            client,
            encodeHeartbeatReply({ command: "HEARTBEAT", serverId: this.id }),
          )
        return
      case "REQUEST":
        return this.request(client, msg.requestId, msg.payload)
      default: {
        const never: never = msg
        throw new Error(`unhandled ${JSON.stringify(never)}`)
      }
    }
  }

  private request(client: Buffer, id: Buffer, payload: Buffer[]): void {
    const problem = requestIdProblem(id, spec.constants.requestIdMaxBytes)
    if (problem) return this.refuse(client, id, problem) // RFL-S12
    const key = id.toString("latin1")
    const digest = digestOf(payload)
    const hit = this.faults.has("no-dedupe") ? undefined : this.cache.get(key)
    if (hit) {
      if (hit.digest !== digest) return this.refuse(client, id, reused) // RFL-S8
      // Fault stored-identity breaks RFL-S7 (the seed's D7).
      const to = this.faults.has("stored-identity") ? hit.firstAsker : client
      this.log.debug({ event: "cache-hit", requestId: key })
      void this.send(to, [...hit.response])
      return
    }
    const run = this.running.get(key)
    if (run && !this.faults.has("no-dedupe")) {
      if (run.digest !== digest) return this.refuse(client, id, reused)
      // A retry while the first run is still going: it gets the same answer.
      if (run.askers.length < 16) run.askers.push(client)
      return
    }
    if (this.running.size >= (this.opts.maxInFlight ?? 1000))
      return this.refuse(client, id, "server busy")
    const entry = { digest, askers: [client] }
    this.running.set(key, entry)
    void this.execute(key, id, payload, entry)
  }

  private async execute(
    key: string,
    id: Buffer,
    payload: Buffer[],
    run: Running,
  ) {
    let response: Buffer[]
    let ok = false
    try {
      const ms = this.opts.workMs ?? 0
      if (ms > 0 && !(await sleep(ms, this.abort.signal))) return
      const n = ++this.executions
      const result = await (this.opts.handler ?? echo)(payload)
      const counted = this.opts.counter
        ? [Buffer.from(String(n)), ...result]
        : result
      response = this.ok(id, counted)
      ok = true
    } catch (err) {
      // RFL-S19: the cause goes to the log, not to the client.
      this.log.error({
        event: "handler-failed",
        requestId: key,
        error: String(err),
      })
      response = encodeResponseError({
        command: "RESPONSE",
        status: "ERROR",
        requestId: this.echoId(id),
        message: "internal error",
      })
    }
    // Stay in `running` until the answer is sent and stored: a repeat that
    // arrives meanwhile joins the askers instead of running the work again.
    let sent = false
    for (let i = 0; i < run.askers.length; i++)
      sent = (await this.send(run.askers[i], response)) || sent
    // RFL-S10: only an OK that went out is kept (not ERRORs: D9; not failed sends: D18).
    if (ok && sent)
      this.cache.put(key, {
        digest: run.digest,
        response,
        firstAsker: run.askers[0],
      })
    this.running.delete(key)
  }

  private ok(id: Buffer, result: Buffer[]): Buffer[] {
    const requestId = this.echoId(id)
    return result.length > 0
      ? encodeResponseOk({
          command: "RESPONSE",
          status: "OK",
          requestId,
          result,
        })
      : encodeResponseOkEmpty({ command: "RESPONSE", status: "OK", requestId })
  }

  /** Fault wrong-request-id breaks RFL-10. */
  private echoId(id: Buffer): Buffer {
    return this.faults.has("wrong-request-id")
      ? Buffer.concat([id, Buffer.from("x")])
      : id
  }

  /** ERROR for a request not run; never cached. */
  private refuse(client: Buffer, id: Buffer, why: string): void {
    this.log.info({ event: "request-refused", reason: why })
    void this.send(
      client,
      encodeResponseError({
        command: "RESPONSE",
        status: "ERROR",
        requestId: this.echoId(id ?? empty),
        message: why,
      }),
    )
  }

  /** Resolves to whether the message went out. */
  private async send(client: Buffer, frames: Buffer[]): Promise<boolean> {
    try {
      await this.outbox.send([client, ...frames])
      // Fault reply-twice breaks RFL-S2.
      if (
        this.faults.has("reply-twice") &&
        frames[1]?.toString() === "RESPONSE"
      )
        this.outbox.send([client, ...frames]).catch(() => undefined)
      return true
    } catch (err) {
      if (!this.abort.signal.aborted)
        this.log.debug({
          event: "send-dropped",
          reason: (err as Error).message,
        })
      return false
    }
  }
}

const reused = "request id reused with a different payload"

/** RFL-S8: the payload's digest, frame boundaries included. */
function digestOf(payload: Buffer[]): string {
  const h = createHash("sha256")
  for (const f of payload) {
    const len = Buffer.alloc(4)
    len.writeUInt32BE(f.length)
    h.update(len).update(f)
  }
  return h.digest("base64")
}
