import { type Clock, systemClock } from "../../../core/clock"
import { type Logger, silentLogger } from "../../../core/log"
import { sleep } from "../../../core/ticker"
import { spec } from "../../../generated/mdp-0.1"
import type { WorkerFault } from "./faults"
import { limitsOf } from "./limits"
import { defaultMdpProtocol, type MdpProtocol } from "./protocol"
import { Refusals } from "./refusals"
import type { RequestHandler } from "./worker-answers"
import { workerDialect } from "./worker-dialect"
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
  /** Pause before a new connection after losing the broker (fixed, no backoff). */
  readonly reconnectMs?: number
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
  readonly logger?: Logger
  readonly clock?: Clock
}

/**
 * 7/MDP or 18/MDP worker: one DEALER to one broker (MDP-23, MDP2-24), one
 * service, one version. When the broker goes silent or says DISCONNECT, it
 * closes that socket and, after reconnectMs, opens a new one and sends READY
 * again: this is how workers come back after a broker restart. The timing
 * defaults are the Guide's, the same for both versions (digest §4.4).
 */
export class MdpWorker {
  private readonly reconnectMs: number
  private readonly log: Logger
  private readonly abort = new AbortController()
  private session?: WorkerSession
  private loop?: Promise<void>
  private readonly newSession: () => WorkerSession

  constructor(opts: MdpWorkerOptions) {
    this.reconnectMs = opts.reconnectMs ?? spec.timing.reconnectDelayMs
    this.log = opts.logger ?? silentLogger()
    const clock = opts.clock ?? systemClock
    const limits = limitsOf(opts)
    const settings = {
      dialect: workerDialect(opts.protocol ?? defaultMdpProtocol),
      connect: opts.connect,
      service: opts.service,
      handler: opts.handler,
      heartbeatMs: opts.heartbeatMs ?? spec.timing.heartbeatIntervalMs,
      liveness: opts.liveness ?? spec.timing.heartbeatLiveness,
      faults: new Set(opts.faults ?? []),
      limits,
      refusals: new Refusals(this.log, clock, limits),
      log: this.log,
      clock,
    }
    this.newSession = () => new WorkerSession(settings)
  }

  /** Connects and sends READY; serving goes on in the background. */
  async start(): Promise<void> {
    if (this.loop) throw new Error("worker already started")
    const first = await this.open()
    this.loop = this.run(first)
  }

  /** Sends DISCONNECT, closes the socket and stops reconnecting. */
  async stop(): Promise<void> {
    this.abort.abort()
    await this.session?.disconnect()
    await this.loop
  }

  private async run(first: WorkerSession): Promise<void> {
    for (let session = first; ;) {
      const why: SessionEnd = await session.run()
      if (this.abort.signal.aborted) return
      this.log.info({
        event: "reconnecting",
        reason: why,
        afterMs: this.reconnectMs,
      })
      if (!(await sleep(this.reconnectMs, this.abort.signal))) return
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
