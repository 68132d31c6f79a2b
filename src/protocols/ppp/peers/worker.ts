import { Backoff } from "../../../core/backoff"
import { clientSecurity, type CurveClientKeys } from "../../../core/curve"
import { type Clock, systemClock } from "../../../core/clock"
import { type Logger, silentLogger } from "../../../core/log"
import { sleep } from "../../../core/ticker"
import { spec } from "../../../generated/ppp"
import type { WorkerFault } from "./faults"
import {
  type RequestHandler,
  type SessionEnd,
  WorkerSession,
} from "./worker-session"

export type { RequestHandler } from "./worker-session"

export interface PppWorkerOptions {
  /** Queue backend endpoint, e.g. "tcp://127.0.0.1:5556". */
  readonly connect: string
  /** Content of a REQUEST to content of its REPLY; default: echo. */
  readonly handler?: RequestHandler
  /** HEARTBEAT interval towards the queue (PPP-8, PPP-10). */
  readonly heartbeatMs?: number
  /** Silent intervals after which the queue counts as gone (PPP-11). */
  readonly liveness?: number
  /** First pause before a new connection after losing the queue. */
  readonly reconnectMs?: number
  /** The pause doubles after each loss with nothing heard, up to this. */
  readonly reconnectMaxMs?: number
  /** Fraction of each pause drawn at random, so workers do not return in one burst. */
  readonly jitter?: number
  /** Messages the DEALER queues each way (ZMQ_SNDHWM, ZMQ_RCVHWM). */
  readonly sendHwm?: number
  readonly receiveHwm?: number
  /** Longest frame accepted (ZMQ_MAXMSGSIZE). */
  readonly maxFrameBytes?: number
  /** Connect as a CURVE client (RFC 26) with this key pair to the queue's public key. */
  readonly curve?: CurveClientKeys
  readonly faults?: Iterable<WorkerFault>
  readonly logger?: Logger
  readonly clock?: Clock
}

export const pppWorkerDefaults = {
  heartbeatMs: spec.timing.heartbeatIntervalMs,
  liveness: spec.timing.heartbeatLiveness,
  reconnectMs: spec.timing.reconnectInitialMs,
  reconnectMaxMs: spec.timing.reconnectMaxMs,
  jitter: 0.2,
  sendHwm: 1000,
  receiveHwm: 1000,
  maxFrameBytes: 1024 * 1024,
} as const

const echo: RequestHandler = body => body

/**
 * The Paranoid Pirate worker: one DEALER to the queue, READY, then one
 * REPLY per REQUEST and a HEARTBEAT whenever it sent nothing for an
 * interval. When the queue is silent for liveness intervals it closes the
 * socket, waits a capped, jittered, doubling pause (the Guide's 1, 2, 4 …
 * 32 s), and starts a new conversation with READY on a new socket. It
 * retries forever; hearing anything from the queue resets the pause.
 */
export class PppWorker {
  private readonly log: Logger
  private readonly backoff: Backoff
  private readonly abort = new AbortController()
  private readonly newSession: () => WorkerSession
  private session?: WorkerSession
  private loop?: Promise<void>

  constructor(opts: PppWorkerOptions) {
    const d = pppWorkerDefaults
    this.log = opts.logger ?? silentLogger()
    const reconnectMs = opts.reconnectMs ?? d.reconnectMs
    this.backoff = new Backoff({
      initialMs: reconnectMs,
      maxMs: Math.max(reconnectMs, opts.reconnectMaxMs ?? d.reconnectMaxMs),
      jitter: opts.jitter ?? d.jitter,
    })
    const settings = {
      connect: opts.connect,
      handler: opts.handler ?? echo,
      heartbeatMs: opts.heartbeatMs ?? d.heartbeatMs,
      liveness: opts.liveness ?? d.liveness,
      faults: new Set(opts.faults ?? []),
      socket: {
        sendHighWaterMark: opts.sendHwm ?? d.sendHwm,
        receiveHighWaterMark: opts.receiveHwm ?? d.receiveHwm,
        maxMessageSize: opts.maxFrameBytes ?? d.maxFrameBytes,
        ...clientSecurity(opts.curve),
      },
      heard: () => this.backoff.reset(),
      log: this.log,
      clock: opts.clock ?? systemClock,
    }
    this.newSession = () => new WorkerSession(settings)
  }

  /** Connects and sends READY; serving goes on in the background. */
  async start(): Promise<void> {
    if (this.loop) throw new Error("worker already started")
    const first = await this.open()
    this.loop = this.run(first)
  }

  /** Closes the socket and stops reconnecting. */
  async stop(): Promise<void> {
    this.abort.abort()
    this.session?.stop()
    await this.loop
  }

  private async run(first: WorkerSession): Promise<void> {
    for (let session = first; ;) {
      const why: SessionEnd = await session.run()
      if (this.abort.signal.aborted) return
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
    // stop() came while connecting: this session ends at once.
    if (this.abort.signal.aborted) session.stop()
    return session
  }
}
