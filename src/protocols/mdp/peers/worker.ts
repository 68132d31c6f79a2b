import { Backoff } from "../../../core/backoff"
import { type Clock, systemClock } from "../../../core/clock"
import type { CurveClientKeys } from "../../../core/curve"
import { type Logger, silentLogger } from "../../../core/log"
import { sleep } from "../../../core/ticker"
import { spec } from "../../../generated/mdp-0.1"
import type { WorkerFault } from "./faults"
import { limitsOf } from "./limits"
import { defaultMdpProtocol, type MdpProtocol } from "./protocol"
import { Refusals } from "./refusals"
import type { RequestHandler } from "./worker-answers"
import { workerDialect } from "./worker-dialect"
import { workerFaultPlan } from "./worker-faults"
import { type SessionEnd, WorkerSession } from "./worker-session"

export type { HandlerResult, RequestHandler } from "./worker-answers"

export interface MdpWorkerOptions {
  /** Broker endpoint, e.g. "tcp://127.0.0.1:5555". */
  readonly connect: string
  /** The one service this worker offers (MDP-25). */
  readonly service: string
  /**
   * Turns a request body into the answer; called one request at a time.
   * Returning Buffer[] gives one REPLY (0.1) or FINAL (0.2). Returning an
   * async iterable of Buffer[] gives, over 0.2, a PARTIAL for each body but
   * the last and a FINAL for the last (MDP2-38); over 0.1, one REPLY with all
   * the bodies' frames.
   */
  readonly handler: RequestHandler
  /** The MDP version spoken: "mdp/0.1" (7/MDP, default) or "mdp/0.2" (18/MDP). */
  readonly protocol?: MdpProtocol
  /** HEARTBEAT interval towards the broker (MDP-43). */
  readonly heartbeatMs?: number
  /** Silent intervals after which the broker counts as gone (MDP-44). */
  readonly liveness?: number
  /**
   * Pause before a new connection after losing the broker. It doubles with
   * each connection in a row on which the broker said nothing, up to
   * reconnectMaxMs, and is jittered (each pause drawn from [0.8 d, d]) so
   * that workers that lost the same broker do not all come back at once.
   */
  readonly reconnectMs?: number
  /** The longest pause between connections; default 32 s (the Guide's Paranoid Pirate cap). */
  readonly reconnectMaxMs?: number
  /**
   * Most body frames and bytes in a REQUEST; the worker leaves rather than
   * take a larger one. At least the broker's, or requests bounce.
   */
  readonly maxFrames?: number
  readonly maxMessageBytes?: number
  /** Messages the DEALER queues each way (ZMQ_SNDHWM, ZMQ_RCVHWM). */
  readonly sendHwm?: number
  readonly receiveHwm?: number
  readonly faults?: Iterable<WorkerFault>
  /** Connect as a CURVE client (RFC 26) with this key pair to the broker's public key. */
  readonly curve?: CurveClientKeys
  readonly logger?: Logger
  readonly clock?: Clock
  /**
   * Called once if the worker cannot go on (a bug in its loops); it has
   * stopped by then. Default: log one `fatal` line. The CLI exits non-zero.
   */
  readonly onFatal?: (err: unknown) => void
  /** Randomness for the reconnect jitter; tests pass a fixed one. */
  readonly random?: () => number
}

/** Default reconnectMaxMs. */
export const reconnectMaxMs = 32_000

/**
 * 7/MDP or 18/MDP worker: one DEALER to one broker (MDP-23, MDP2-24), one
 * service, one version. When the broker goes silent or says DISCONNECT, it
 * closes that socket and, after a jittered back-off starting at reconnectMs,
 * opens a new one and sends READY again: this is how workers come back
 * after a broker restart. The timing defaults are the Guide's, the same for
 * both versions (digest §4.4).
 */
export class MdpWorker {
  private readonly backoff: Backoff
  private readonly log: Logger
  private readonly onFatal?: (err: unknown) => void
  private failed = false
  private readonly abort = new AbortController()
  private session?: WorkerSession
  private loop?: Promise<void>
  private readonly newSession: () => WorkerSession

  constructor(opts: MdpWorkerOptions) {
    const initialMs = opts.reconnectMs ?? spec.timing.reconnectDelayMs
    const maxMs = Math.max(initialMs, opts.reconnectMaxMs ?? reconnectMaxMs)
    const { random } = opts
    this.backoff = new Backoff({ initialMs, maxMs, jitter: 0.2, random })
    this.log = opts.logger ?? silentLogger()
    this.onFatal = opts.onFatal
    const clock = opts.clock ?? systemClock
    const limits = limitsOf(opts)
    const dialect = workerDialect(opts.protocol ?? defaultMdpProtocol)
    const settings = {
      plan: workerFaultPlan(new Set(opts.faults ?? []), dialect),
      connect: opts.connect,
      service: opts.service,
      handler: opts.handler,
      heartbeatMs: opts.heartbeatMs ?? spec.timing.heartbeatIntervalMs,
      liveness: opts.liveness ?? spec.timing.heartbeatLiveness,
      limits,
      curve: opts.curve,
      refusals: new Refusals(this.log, clock, limits),
      log: this.log,
      clock,
      onFatal: (err: unknown) => this.fatal(err),
    }
    this.newSession = () => new WorkerSession(settings)
  }

  /** Connects and sends READY; serving goes on in the background. */
  async start(): Promise<void> {
    if (this.loop) throw new Error("worker already started")
    const first = await this.open()
    this.loop = this.run(first).catch(err => this.fatal(err))
  }

  /** Sends DISCONNECT, closes the socket and stops reconnecting. */
  async stop(): Promise<void> {
    this.abort.abort()
    await this.session?.disconnect()
    await this.loop
  }

  private fatal(err: unknown): void {
    if (this.failed) return
    this.failed = true
    this.abort.abort()
    void this.session?.disconnect().catch(() => undefined)
    if (this.onFatal) return this.onFatal(err)
    this.log.fatal({ event: "fatal", origin: "worker", err })
  }

  private async run(first: WorkerSession): Promise<void> {
    for (let session = first; ;) {
      const why: SessionEnd = await session.run()
      if (this.abort.signal.aborted) return
      // A broker that spoke on the last connection is there: start the
      // back-off afresh. One that said nothing may be down: wait longer.
      if (session.heard) this.backoff.reset()
      const afterMs = this.backoff.next()
      this.log.info({ event: "reconnecting", reason: why, afterMs })
      if (!(await sleep(afterMs, this.abort.signal))) return
      session = await this.open()
    }
  }

  private async open(): Promise<WorkerSession> {
    const session = this.newSession()
    this.session = session
    await session.open()
    return session
  }
}
