import { type Clock, systemClock } from "../../../core/clock"
import { type Logger, silentLogger } from "../../../core/log"
import { spec } from "../../../generated/mdp-0.1"
import type { CurveServer } from "../../../core/curve-server"
import type { MdpBrokerProtocol } from "./broker-dialect"
import type { BrokerFault } from "./faults"
import { limitDefaults, type Limits, limitsOf } from "./limits"

export interface MdpBrokerOptions {
  /** Endpoint to bind the ROUTER to, e.g. "tcp://127.0.0.1:*". */
  readonly bind: string
  /**
   * More endpoints for the same ROUTER, e.g. a backend for workers beside
   * a frontend for clients (MDP-1, MDP-5: two endpoints or one, the socket
   * tells the sub-protocols apart by header).
   */
  readonly alsoBind?: readonly string[]
  /**
   * The one MDP version served on this bind: "mdp/0.1" (7/MDP, the default)
   * or "mdp/0.2" (18/MDP). The two are not wire compatible.
   */
  readonly protocol?: MdpBrokerProtocol
  /** HEARTBEAT interval towards workers (MDP-43). */
  readonly heartbeatMs?: number
  /** Silent intervals after which a worker is forgotten (MDP-44). */
  readonly liveness?: number
  /** How long a request waits for a worker; 0 means forever (MDP-15). */
  readonly requestExpiryMs?: number
  /** Most requests waiting per service; later ones are dropped. */
  readonly maxQueue?: number
  /** Most requests waiting, all services together; later ones are dropped. */
  readonly maxQueuedRequests?: number
  /** Most body bytes waiting, all services together; past it requests are dropped. */
  readonly maxQueuedBytes?: number
  /** Most services known at once; a request or READY for one more is refused. */
  readonly maxServices?: number
  /**
   * Times a request goes back to the queue after its worker was lost
   * (MDP-49); lost once more, it is dropped as poison. 0: never requeued.
   */
  readonly maxRequeues?: number
  /** Most registered workers; READY beyond it gets DISCONNECT. */
  readonly maxWorkers?: number
  /** Most body frames per message; more and the message is refused. */
  readonly maxFrames?: number
  /** Most body bytes per message; more and the message is refused. */
  readonly maxMessageBytes?: number
  /** Messages the ROUTER queues per peer; more are dropped, never waited for. */
  readonly sendHwm?: number
  /** Messages the ROUTER takes in per peer before it stops reading from it. */
  readonly receiveHwm?: number
  readonly faults?: Iterable<BrokerFault>
  /** Serve as a CURVE server (RFC 26), with an optional allow-list (RFC 27). */
  readonly curve?: CurveServer
  readonly logger?: Logger
  readonly clock?: Clock
  /**
   * Called once if the broker cannot go on (its socket failed under it, a
   * bug in a loop); the broker has stopped serving by then. Default: log
   * one `fatal` line. The CLI exits non-zero.
   */
  readonly onFatal?: (err: unknown) => void
}

/**
 * Defaults beyond the Guide's timing: 7/MDP asks for a "reasonable,
 * configurable" request expiry (the Guide has none), and the limits keep a
 * flood of clients or workers from growing memory without end (see
 * limitDefaults for the per-message and per-peer ones).
 */
export const brokerDefaults = {
  protocol: "mdp/0.1",
  // 18/MDP keeps 7/MDP's timing (MDP2-45, MDP2-46); so do the defaults.
  heartbeatMs: spec.timing.heartbeatIntervalMs,
  liveness: spec.timing.heartbeatLiveness,
  requestExpiryMs: 30_000,
  maxQueue: 10_000,
  // Ten full service queues, or 256 MiB of bodies: a few hundred MB of
  // heap at most, whatever clients send.
  maxQueuedRequests: 100_000,
  maxQueuedBytes: 256 * 1024 * 1024,
  maxServices: 1_000,
  // A request may take down four workers (the first and three redos).
  maxRequeues: 3,
  maxWorkers: 10_000,
  ...limitDefaults,
} as const

export interface BrokerSettings extends Limits {
  readonly bind: string
  readonly alsoBind: readonly string[]
  readonly protocol: MdpBrokerProtocol
  readonly heartbeatMs: number
  readonly liveness: number
  readonly requestExpiryMs: number
  readonly maxQueue: number
  readonly maxQueuedRequests: number
  readonly maxQueuedBytes: number
  readonly maxServices: number
  readonly maxRequeues: number
  readonly maxWorkers: number
  readonly faults: ReadonlySet<BrokerFault>
  readonly curve?: CurveServer
  readonly log: Logger
  readonly clock: Clock
  readonly onFatal?: (err: unknown) => void
}

export function brokerSettings(opts: MdpBrokerOptions): BrokerSettings {
  const d = brokerDefaults
  return {
    bind: opts.bind,
    alsoBind: opts.alsoBind ?? [],
    protocol: opts.protocol ?? d.protocol,
    heartbeatMs: opts.heartbeatMs ?? d.heartbeatMs,
    liveness: opts.liveness ?? d.liveness,
    requestExpiryMs: opts.requestExpiryMs ?? d.requestExpiryMs,
    maxQueue: opts.maxQueue ?? d.maxQueue,
    maxQueuedRequests: opts.maxQueuedRequests ?? d.maxQueuedRequests,
    maxQueuedBytes: opts.maxQueuedBytes ?? d.maxQueuedBytes,
    maxServices: opts.maxServices ?? d.maxServices,
    maxRequeues: opts.maxRequeues ?? d.maxRequeues,
    maxWorkers: opts.maxWorkers ?? d.maxWorkers,
    ...limitsOf(opts),
    faults: new Set(opts.faults ?? []),
    curve: opts.curve,
    log: opts.logger ?? silentLogger(),
    clock: opts.clock ?? systemClock,
    onFatal: opts.onFatal,
  }
}
