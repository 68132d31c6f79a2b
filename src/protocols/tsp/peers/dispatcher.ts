import { Backoff } from "../../../core/backoff"
import type { CurveClientKeys } from "../../../core/curve"
import type { Logger } from "../../../core/log"
import { sleep } from "../../../core/ticker"
import { MdpClient, RequestTimeoutError } from "../../mdp/peers"
import type { ServerFault } from "./faults"
import type { RequestId } from "./ids"
import type { TitanicStore } from "./store"

export interface DispatcherOptions {
  /** Broker endpoint the forwarding clients connect to. */
  readonly connect: string
  readonly store: TitanicStore
  /** Requests forwarded at once, each on its own MDP client (REQ socket). */
  readonly concurrency: number
  /** Each MDP try's wait for an answer, and tries per request (Lazy Pirate). */
  readonly timeoutMs: number
  readonly retries: number
  /** Back-off per service while it is absent or silent: first and longest pause. */
  readonly retryMs: number
  readonly retryMaxMs: number
  /** Largest reply body stored; a larger one is dropped and the request tried later. */
  readonly maxReplyBytes: number
  /** CURVE client keys, when the broker is a CURVE server. */
  readonly curve?: CurveClientKeys
  readonly faults: ReadonlySet<ServerFault>
  readonly log: Logger
}

/** Services with a back-off kept at most, before idle ones are forgotten. */
const maxServiceStates = 1024

/** A service that was absent or silent: when to try it again, and who waits for it. */
interface ServiceState {
  readonly backoff: Backoff
  /** performance.now() before which its requests are not tried. */
  until: number
  readonly parked: RequestId[]
  timer?: NodeJS.Timeout
}

/**
 * TSP-28: executes stored requests asynchronously through the broker, as
 * their services become available. Each request's service is checked with
 * mmi.service first (the Guide's way); while it answers 404, or while the
 * broker or the service stays silent, that service's requests wait with a
 * capped, jittered back-off and the others go on. The reply is stored
 * durably before the request is marked done, so a crash in between costs a
 * second execution, never a lost reply (at-least-once).
 */
export class Dispatcher {
  private readonly ready: RequestId[] = []
  private readonly services = new Map<string, ServiceState>()
  /** Ids queued, parked or being forwarded: never forwarded twice at once. */
  private readonly queued = new Set<RequestId>()
  private readonly idle: Array<() => void> = []
  private readonly abort = new AbortController()
  private readonly runners: Promise<void>[] = []
  private readonly clients: MdpClient[] = []

  constructor(private readonly opts: DispatcherOptions) {}

  /** Requests not yet answered that this dispatcher holds. */
  get backlog(): number {
    return this.queued.size
  }

  start(): void {
    for (let i = 0; i < this.opts.concurrency; i++) {
      const client = new MdpClient({
        connect: this.opts.connect,
        timeoutMs: this.opts.timeoutMs,
        retries: this.opts.retries,
        curve: this.opts.curve,
        logger: this.opts.log,
      })
      this.clients.push(client)
      this.runners.push(this.run(client))
    }
  }

  /** Queues a stored request for forwarding. */
  enqueue(id: RequestId): void {
    if (this.queued.has(id)) return
    this.queued.add(id)
    this.ready.push(id)
    this.idle.shift()?.()
  }

  /** Stops forwarding; requests in flight stay pending in the store. */
  async stop(): Promise<void> {
    this.abort.abort()
    for (const wake of this.idle.splice(0)) wake()
    for (const s of this.services.values()) clearTimeout(s.timer)
    // A runner blocked in a request wakes when its client closes.
    for (const c of this.clients) c.close()
    await Promise.allSettled(this.runners)
  }

  private async run(client: MdpClient): Promise<void> {
    const { signal } = this.abort
    while (!signal.aborted) {
      const id = this.ready.shift()
      if (!id) {
        await new Promise<void>(wake => this.idle.push(wake))
        continue
      }
      try {
        await this.dispatch(client, id)
      } catch (err) {
        if (signal.aborted) return
        // A store error (disk full, I/O): the request stays pending in the
        // store; it is tried again later rather than lost or spun on.
        this.opts.log.error({ event: "dispatch-failed", id, err: String(err) })
        this.queued.delete(id)
        if (!(await sleep(this.opts.retryMs, signal))) return
        if (this.opts.store.phase(id) === "pending") this.enqueue(id)
      }
    }
  }

  private async dispatch(client: MdpClient, id: RequestId): Promise<void> {
    const { store, faults, log } = this.opts
    const frames = await store.request(id)
    if (!frames) return void this.queued.delete(id) // closed meanwhile
    const [target, ...body] = frames
    const service = target.toString()
    const state = this.services.get(service)
    if (state && state.until > performance.now()) return this.park(state, id)
    if (!(await this.available(client, service)))
      return this.failed(service, id)
    // Fault reply-before-durable: the request reaches the disk only now.
    await store.persist(id)
    // Fault done-before-reply: marked done first, as the Guide's titanic.c
    // can, so a crash before the reply is stored loses the request.
    if (faults.has("done-before-reply")) await store.markDone(id)
    log.debug({ event: "dispatching", id, service })
    let reply: Buffer[]
    try {
      reply = await client.request(service, body)
    } catch (err) {
      if (this.abort.signal.aborted) throw err
      log.warn({ event: "service-silent", id, service, err: String(err) })
      return this.failed(service, id)
    }
    const bytes = reply.reduce((n, f) => n + f.length, 0)
    if (bytes > this.opts.maxReplyBytes) {
      // Bounded store: a reply larger than any request may be is not kept.
      // TSP has no failure state, so the request stays pending and is
      // tried again after the service's back-off, which grows to retryMaxMs.
      log.warn({ event: "reply-too-large", id, service, bytes })
      return this.failed(service, id)
    }
    this.succeeded(service)
    this.queued.delete(id)
    // The reply is durable before the request leaves pending/ (TSP-24).
    if (await store.saveReply(id, reply)) await store.markDone(id)
    log.debug({ event: "replied", id, service })
  }

  /**
   * Asks the broker whether `service` has a worker (8/MMI). "501" (a broker
   * without MMI) counts as yes: the broker queues the request (MDP-14).
   */
  private async available(client: MdpClient, service: string) {
    try {
      const [code] = await client.request("mmi.service", [Buffer.from(service)])
      return code?.toString() !== "404"
    } catch (err) {
      if (!(err instanceof RequestTimeoutError)) throw err
      this.opts.log.warn({ event: "broker-silent", service })
      return false
    }
  }

  /**
   * The service was absent or silent: its requests wait out one more step
   * of its back-off. Runners that fail on it at the same time count once.
   */
  private failed(service: string, id: RequestId): void {
    let state = this.services.get(service)
    if (!state) {
      if (this.services.size >= maxServiceStates) this.prune()
      const { retryMs, retryMaxMs } = this.opts
      const backoff = new Backoff({
        initialMs: retryMs,
        maxMs: retryMaxMs,
        jitter: 0.2,
      })
      state = { backoff, until: 0, parked: [] }
      this.services.set(service, state)
    }
    const now = performance.now()
    if (state.until <= now) {
      const delay = state.backoff.next()
      state.until = now + delay
      this.opts.log.debug({ event: "service-backoff", service, delay })
    }
    this.park(state, id)
  }

  private succeeded(service: string): void {
    const state = this.services.get(service)
    if (state && state.parked.length === 0 && !state.timer)
      this.services.delete(service)
    else state?.backoff.reset()
  }

  /**
   * Forgets services nothing waits for (their requests were closed), so a
   * stream of requests for ever-new absent services cannot grow the map.
   */
  private prune(): void {
    for (const [name, s] of this.services)
      if (s.parked.length === 0 && !s.timer) this.services.delete(name)
  }

  /** Holds a request until its service's back-off ends, then queues it again. */
  private park(state: ServiceState, id: RequestId): void {
    state.parked.push(id)
    if (state.timer) return
    const delay = Math.max(0, state.until - performance.now())
    state.timer = setTimeout(() => {
      state.timer = undefined
      for (const parked of state.parked.splice(0)) this.ready.push(parked)
      for (const wake of this.idle.splice(0)) wake()
    }, delay)
  }
}
