import { type Logger, silentLogger } from "../../../core/log"
import type { CurveClientKeys } from "../../../core/curve"
import { spec } from "../../../generated/tsp"
import { limitDefaults, MdpWorker } from "../../mdp/peers"
import { services } from "../status"
import { Dispatcher } from "./dispatcher"
import type { ServerFault } from "./faults"
import { TitanicServices } from "./services"
import { type StoreLimits, TitanicStore } from "./store"

export interface TitanicServerOptions {
  /** Broker endpoint, e.g. "tcp://127.0.0.1:5555": workers and clients connect there. */
  readonly connect: string
  /** The store directory (created if missing); one server per store. */
  readonly dir: string
  /** MDP workers per Titanic service (MDP-26 lets several serve one name). */
  readonly workers?: number
  /** The workers' MDP timing (MDP-43, MDP-44) and reconnect pause. */
  readonly heartbeatMs?: number
  readonly liveness?: number
  readonly reconnectMs?: number
  /** Largest request body the workers take, and largest reply stored. */
  readonly maxFrames?: number
  readonly maxMessageBytes?: number
  /** The forwarding MDP client: wait per try and tries (Lazy Pirate). */
  readonly clientTimeoutMs?: number
  readonly clientRetries?: number
  /** Requests forwarded at once. */
  readonly dispatchers?: number
  /** Back-off per absent or silent service: first and longest pause. */
  readonly retryMs?: number
  readonly retryMaxMs?: number
  /** Caps; past either, titanic.request answers 500. */
  readonly maxRequests?: number
  readonly maxStoreBytes?: number
  /** Workers and forwarding clients connect as a CURVE client (RFC 26) with this key pair to the broker's public key. */
  readonly curve?: CurveClientKeys
  readonly faults?: Iterable<ServerFault>
  readonly logger?: Logger
}

export const serverDefaults = {
  workers: 1,
  clientTimeoutMs: spec.timing.serverClientTimeoutMs,
  clientRetries: spec.timing.serverClientRetries,
  dispatchers: 4,
  retryMs: spec.timing.dispatchIntervalMs,
  retryMaxMs: 30_000,
  maxRequests: 100_000,
  maxStoreBytes: 1024 ** 3,
} as const

/**
 * The reference Titanic server (9/TSP): toward clients, MDP workers for
 * titanic.request, titanic.reply and titanic.close (TSP-1..3); toward real
 * workers, MDP clients that forward the stored requests (TSP-28). Both go
 * through one broker, as TSP-4 has it. State lives only in the store, so a
 * server killed at any moment and started again on the same directory goes
 * on where it stopped.
 */
export class TitanicServer {
  private store?: TitanicStore
  private dispatcher?: Dispatcher
  private readonly workers: MdpWorker[] = []
  private readonly log: Logger

  constructor(private readonly opts: TitanicServerOptions) {
    this.log = opts.logger ?? silentLogger()
  }

  /** Opens the store, registers the three services, dispatches what was pending. */
  async start(): Promise<void> {
    const o = { ...serverDefaults, ...defined(this.opts), ...this.required() }
    const faults = new Set(o.faults ?? [])
    const limits: StoreLimits = {
      maxRequests: o.maxRequests,
      maxBytes: o.maxStoreBytes,
    }
    const { store, pending } = await TitanicStore.open(o.dir, limits, this.log)
    this.store = store
    const dispatcher = new Dispatcher({
      connect: o.connect,
      store,
      concurrency: o.dispatchers,
      timeoutMs: o.clientTimeoutMs,
      retries: o.clientRetries,
      retryMs: o.retryMs,
      retryMaxMs: o.retryMaxMs,
      maxReplyBytes: o.maxMessageBytes ?? limitDefaults.maxMessageBytes,
      curve: o.curve,
      faults,
      log: this.log,
    })
    this.dispatcher = dispatcher
    const handlers = new TitanicServices(store, dispatcher, faults, this.log)
    for (const [service, handler] of [
      [services.request, handlers.request],
      [services.reply, handlers.reply],
      [services.close, handlers.close],
    ] as const) {
      for (let i = 0; i < o.workers; i++) {
        const worker = new MdpWorker({
          connect: o.connect,
          service,
          handler,
          heartbeatMs: o.heartbeatMs,
          liveness: o.liveness,
          reconnectMs: o.reconnectMs,
          maxFrames: o.maxFrames,
          maxMessageBytes: o.maxMessageBytes,
          curve: o.curve,
          logger: this.log,
        })
        this.workers.push(worker)
        await worker.start()
      }
    }
    dispatcher.start()
    // Fault no-redispatch: what was pending before the restart stays so.
    if (!faults.has("no-redispatch"))
      for (const id of pending) dispatcher.enqueue(id)
  }

  private required() {
    return { connect: this.opts.connect, dir: this.opts.dir }
  }

  /** Requests held for dispatch (pending, not yet answered). */
  get backlog(): number {
    return this.dispatcher?.backlog ?? 0
  }

  /** DISCONNECT from the broker, stop forwarding, release the store. */
  async stop(): Promise<void> {
    await Promise.allSettled(this.workers.map(w => w.stop()))
    await this.dispatcher?.stop()
    await this.store?.shutdown()
  }
}

/** The options given, without the undefined ones (so defaults apply). */
function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined),
  ) as Partial<T>
}
