import { Router } from "zeromq"
import { type DecodeError, renderFrames } from "../../codec"
import { type Clock, systemClock } from "../../core/clock"
import { Heartbeat } from "../../core/heartbeat"
import { type Logger, silentLogger } from "../../core/log"
import { Outbox } from "../../core/outbox"
import { Throttle } from "../../core/throttle"
import { every, tickPeriod } from "../../core/ticker"
import {
  type ClientRequest,
  decodeAtBroker,
  encodeClientReply,
  encodeWorkerDisconnect,
  encodeWorkerHeartbeat,
  encodeWorkerRequest,
  spec,
  type WorkerReply,
} from "../../generated/mdp-0.1"
import type { BrokerFault } from "./faults"
import { answerMmi, isMmiService } from "./mmi"
import { ServiceQueue } from "./service-queue"
import { type QueuedRequest, WorkerEntry, WorkerRegistry, workerKey } from "./worker-registry"

export interface MdpBrokerOptions {
  /** Endpoint to bind the ROUTER to, e.g. "tcp://127.0.0.1:*". */
  readonly bind: string
  /** HEARTBEAT interval towards workers (MDP-43). */
  readonly heartbeatMs?: number
  /** Silent intervals after which a worker is forgotten (MDP-44). */
  readonly liveness?: number
  /** How long a request waits for a worker; 0 means forever (MDP-15). */
  readonly requestExpiryMs?: number
  /** Most requests waiting per service; later ones are dropped. */
  readonly maxQueue?: number
  /** Most registered workers; READY beyond it gets DISCONNECT. */
  readonly maxWorkers?: number
  readonly faults?: Iterable<BrokerFault>
  readonly logger?: Logger
  readonly clock?: Clock
}

type Settings = Required<Omit<MdpBrokerOptions, "faults">>

const defaults = {
  heartbeatMs: spec.timing.heartbeatIntervalMs,
  liveness: spec.timing.heartbeatLiveness,
  requestExpiryMs: 30_000,
  maxQueue: 10_000,
  maxWorkers: 10_000,
}

/** At most one log line per second per kind of flood (invalid input, full queue). */
const floodLogMs = 1000

/**
 * 7/MDP broker with 8/MMI: one ROUTER socket for clients and workers (MDP-4,
 * MDP-5), one FIFO of requests per service, workers handed one request at a
 * time. Speaks MDP/0.1 only.
 */
export class MdpBroker {
  private readonly opts: Settings
  private readonly faults: ReadonlySet<BrokerFault>
  private readonly log: Logger
  private readonly workers = new WorkerRegistry()
  private readonly services = new Map<string, ServiceQueue>()
  /** Fault talk-after-disconnect: workers that left but still get HEARTBEAT. */
  private readonly zombies = new Map<string, WorkerEntry>()
  private readonly throttle: Throttle
  private readonly abort = new AbortController()
  private router?: Router
  private outbox?: Outbox
  private loops: Array<Promise<void>> = []
  /** Fault misroute-reply: the client of the latest request. */
  private lastClient?: Buffer

  constructor(opts: MdpBrokerOptions) {
    this.opts = {
      ...defaults,
      logger: silentLogger(),
      clock: systemClock,
      ...definedOnly(opts),
    } as Settings
    this.faults = new Set(opts.faults ?? [])
    this.log = this.opts.logger
    this.throttle = new Throttle(floodLogMs, this.opts.clock)
  }

  /** Binds and starts serving; resolves to the bound endpoint. */
  async start(): Promise<string> {
    if (this.router) throw new Error("broker already started")
    const router = new Router({ linger: 0 })
    try {
      await router.bind(this.opts.bind)
    } catch (err) {
      router.close()
      throw err
    }
    this.router = router
    this.outbox = new Outbox(router)
    this.loops = [this.receive(router), this.tick()]
    const endpoint = router.lastEndpoint ?? this.opts.bind
    this.log.info({ event: "bound", endpoint, faults: [...this.faults] })
    return endpoint
  }

  /** Closes the socket and waits for the receive and timer loops to end. */
  async stop(): Promise<void> {
    this.abort.abort()
    if (this.router && !this.router.closed) this.router.close()
    await Promise.all(this.loops)
  }

  private async receive(router: Router): Promise<void> {
    for await (const [id, ...frames] of router) {
      try {
        this.handle(id, frames)
      } catch (err) {
        // Whatever arrives, the broker keeps serving everyone else.
        this.log.error({ event: "handler-error", err, worker: workerKey(id) })
      }
    }
  }

  private handle(id: Buffer, frames: Buffer[]): void {
    const decoded = decodeAtBroker(frames)
    if (!decoded.ok) return this.onInvalid(id, frames, decoded.error)
    const msg = decoded.value
    const worker = this.workers.get(id)
    // MDP-41: every command except DISCONNECT counts as a heartbeat.
    if (worker && msg.command !== "DISCONNECT") worker.beat.heard()
    switch (msg.command) {
      case "REQUEST":
        return this.onClientRequest(id, msg)
      case "READY":
        return this.onReady(id, msg.service, worker)
      case "REPLY":
        return this.onReply(id, msg, worker)
      case "HEARTBEAT":
        // MDP-40: HEARTBEAT before READY is unexpected.
        if (!worker) this.unexpected(id, undefined, "HEARTBEAT before READY")
        return
      case "DISCONNECT":
        return this.onDisconnect(id, worker)
      default: {
        const never: never = msg
        return never
      }
    }
  }

  private onClientRequest(client: Buffer, msg: ClientRequest): void {
    this.lastClient = client
    // MMI-1: "mmi." services are answered here and never reach a worker.
    if (isMmiService(msg.service)) {
      const status = answerMmi(msg.service, msg.body, {
        workerCount: name => this.workers.count(name),
        notImplemented: this.faults.has("no-mmi"),
        alwaysFound: this.faults.has("mmi-always-found"),
      })
      this.log.debug({ event: "mmi", service: msg.service, status })
      return this.toClient(client, msg.service, [Buffer.from(status)])
    }
    if (this.faults.has("no-queue") && this.workers.count(msg.service) === 0) {
      this.log.debug({ event: "request-dropped", service: msg.service, reason: "no worker" })
      return
    }
    // MDP-14: requests for a service without workers wait in its queue.
    const queue = this.serviceQueue(msg.service)
    const request: QueuedRequest = { client, service: msg.service, body: msg.body }
    if (!queue.requests.push(request)) {
      const suppressed = this.throttle.take(`queue-full:${msg.service}`)
      if (suppressed !== undefined) {
        this.log.warn({ event: "queue-full", service: msg.service, limit: this.opts.maxQueue, suppressed })
      }
      return
    }
    this.dispatch(queue)
  }

  private onReady(id: Buffer, service: string, known?: WorkerEntry): void {
    // MDP-27/MDP-33: a second READY on the same connection is unexpected.
    if (known) return this.unexpected(id, known, "second READY")
    this.zombies.delete(workerKey(id))
    // MMI-2: workers may not register in the "mmi." namespace.
    if (isMmiService(service) && !this.faults.has("mmi-workers-allowed")) {
      return this.reject(id, service, "mmi namespace")
    }
    if (this.workers.size >= this.opts.maxWorkers) return this.reject(id, service, "too many workers")
    // MDP-28: READY gets no answer; the worker learns nothing until work or a HEARTBEAT.
    const worker = new WorkerEntry(id, service, this.heartbeat())
    this.workers.add(worker)
    this.log.info({ event: "worker-ready", service, worker: worker.key })
    const queue = this.serviceQueue(service)
    queue.addWorker(worker)
    this.dispatch(queue)
  }

  private onReply(id: Buffer, msg: WorkerReply, worker?: WorkerEntry): void {
    if (!worker) return this.unexpected(id, undefined, "REPLY before READY")
    if (!worker.busy) return this.unexpected(id, worker, "REPLY without a request")
    worker.finish(msg.client)
    // MDP-39: the address frame names the client; the reply carries the
    // worker's service, which is the service the client asked for.
    const client = this.faults.has("misroute-reply") ? (this.lastClient ?? msg.client) : msg.client
    this.toClient(client, worker.service, msg.body)
    const queue = this.serviceQueue(worker.service)
    queue.park(worker)
    this.dispatch(queue)
  }

  private onDisconnect(id: Buffer, worker?: WorkerEntry): void {
    // A DISCONNECT from a stranger ends nothing; MDP-30 allows it even before READY.
    if (!worker) return
    this.forget(worker, "worker-disconnected")
    // MDP-31: nothing more goes to this worker, unless the fault keeps it.
    if (this.faults.has("talk-after-disconnect")) this.keepZombie(worker)
  }

  /** MDP-33: a valid command that is wrong for the state gets DISCONNECT. */
  private unexpected(id: Buffer, worker: WorkerEntry | undefined, reason: string): void {
    const fields = { service: worker?.service, worker: workerKey(id), reason }
    if (this.faults.has("ignore-unexpected")) {
      this.log.debug({ event: "unexpected-ignored", ...fields })
      return
    }
    this.log.info({ event: "unexpected-command", ...fields })
    this.sendDisconnect(id, worker)
    if (worker) this.forget(worker, "worker-dropped", reason)
  }

  /** MDP-22/MDP-34: invalid messages are dropped and their sender distrusted. */
  private onInvalid(id: Buffer, frames: Buffer[], error: DecodeError): void {
    if (this.faults.has("crash-on-invalid")) {
      this.log.fatal({ event: "invalid-message", code: error.code, rule: error.rule, fault: "crash-on-invalid" })
      process.exit(3)
    }
    const suppressed = this.throttle.take(`invalid:${error.code}`)
    if (suppressed !== undefined) {
      this.log.warn({
        event: "invalid-message",
        code: error.code,
        rule: error.rule,
        expected: error.expected,
        actual: error.actual,
        frames: renderFrames(frames.slice(0, 8)),
        sender: workerKey(id),
        suppressed,
      })
    }
    const worker = this.workers.get(id)
    if (worker) {
      this.sendDisconnect(id, worker)
      this.forget(worker, "worker-dropped", `invalid message (${error.code})`)
    }
  }

  private reject(id: Buffer, service: string, reason: string): void {
    this.log.info({ event: "worker-rejected", service, worker: workerKey(id), reason })
    this.sendDisconnect(id)
  }

  /**
   * Removes a worker for good. A request it held goes back to the head of its
   * queue: 7/MDP assumes idempotent workers, so another one may redo it (MDP-49).
   */
  private forget(worker: WorkerEntry, event: string, reason?: string): void {
    if (!this.workers.remove(worker)) return
    const queue = this.serviceQueue(worker.service)
    queue.removeWorker(worker)
    const requeued = worker.jobs.splice(0)
    for (const job of requeued.reverse()) queue.requests.requeue(job)
    this.log.info({ event, service: worker.service, worker: worker.key, reason, requeued: requeued.length })
    this.dispatch(queue)
  }

  private keepZombie(worker: WorkerEntry): void {
    this.zombies.set(worker.key, worker)
    // Bounded like the registry, so the fault cannot grow memory without end.
    if (this.zombies.size > this.opts.maxWorkers) {
      this.zombies.delete(this.zombies.keys().next().value!)
    }
  }

  /** Hands waiting requests to idle workers of one service. */
  private dispatch(queue: ServiceQueue): void {
    const anyWorker = this.faults.has("double-dispatch")
    for (let next = queue.next(anyWorker); next; next = queue.next(anyWorker)) {
      const [request, worker] = next
      worker.jobs.push(request)
      const frames = encodeWorkerRequest({ command: "REQUEST", client: request.client, body: request.body })
      this.toWorker(worker, frames)
      this.log.debug({ event: "request-dispatched", service: queue.name, worker: worker.key })
    }
    if (queue.empty) this.services.delete(queue.name)
  }

  private async tick(): Promise<void> {
    const period = tickPeriod(this.opts.heartbeatMs)
    for await (const _ of every(period, this.abort.signal)) this.onTick()
  }

  private onTick(): void {
    // MDP-44/MDP-46: a worker silent for liveness × interval is gone; it is
    // forgotten without a DISCONNECT, since it would not hear one anyway.
    if (!this.faults.has("ignore-expiry")) {
      for (const worker of [...this.workers]) {
        if (worker.beat.expired()) this.forget(worker, "worker-expired")
      }
    }
    // MDP-43/MDP-42: HEARTBEAT to every worker, idle or busy, that was sent
    // nothing else for a whole interval.
    if (!this.faults.has("no-heartbeat")) {
      for (const worker of [...this.workers, ...this.zombies.values()]) {
        if (worker.beat.sendDue()) this.toWorker(worker, encodeWorkerHeartbeat({ command: "HEARTBEAT" }))
      }
    }
    // MDP-15: expired requests are dropped without a reply.
    for (const queue of [...this.services.values()]) {
      const expired = queue.requests.purge()
      if (expired.length) this.log.debug({ event: "requests-expired", service: queue.name, count: expired.length })
      if (queue.empty) this.services.delete(queue.name)
    }
  }

  private serviceQueue(name: string): ServiceQueue {
    let queue = this.services.get(name)
    if (!queue) {
      const { maxQueue, requestExpiryMs, clock } = this.opts
      queue = new ServiceQueue(name, { maxQueue, requestExpiryMs, clock })
      this.services.set(name, queue)
    }
    return queue
  }

  private heartbeat(): Heartbeat {
    const { heartbeatMs: intervalMs, liveness, clock } = this.opts
    return new Heartbeat({ intervalMs, liveness, clock })
  }

  private sendDisconnect(id: Buffer, worker?: WorkerEntry): void {
    const frames = encodeWorkerDisconnect({ command: "DISCONNECT" })
    if (worker) this.toWorker(worker, frames)
    else this.send([id, ...this.workerFrames(frames)])
  }

  private toWorker(worker: WorkerEntry, frames: Buffer[]): void {
    worker.beat.sent()
    this.send([worker.id, ...this.workerFrames(frames)])
  }

  private workerFrames(frames: Buffer[]): Buffer[] {
    // Fault drop-empty-frame breaks MDP-21: worker commands start with "".
    return this.faults.has("drop-empty-frame") ? frames.slice(1) : frames
  }

  private toClient(client: Buffer, service: string, body: Buffer[]): void {
    const frames = encodeClientReply({ command: "REPLY", service, body })
    if (this.faults.has("wrong-header")) frames[1] = Buffer.from("MDPC02")
    this.send([client, ...frames])
  }

  private send(frames: Buffer[]): void {
    if (!this.outbox || this.abort.signal.aborted) return
    this.outbox.send(frames).catch((err: Error) => {
      if (!this.abort.signal.aborted) this.log.warn({ event: "send-failed", err: err.message })
    })
  }
}

function definedOnly<T extends object>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>
}
