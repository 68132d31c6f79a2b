import { type DecodeError, renderFrames } from "../../codec"
import { Heartbeat } from "../../core/heartbeat"
import type { Logger } from "../../core/log"
import { Throttle } from "../../core/throttle"
import { every, tickPeriod } from "../../core/ticker"
import {
  type ClientRequest,
  decodeAtBroker,
  type WorkerReply,
} from "../../generated/mdp-0.1"
import {
  type BrokerSettings,
  brokerSettings,
  type MdpBrokerOptions,
} from "./broker-options"
import { BrokerSocket } from "./broker-socket"
import type { BrokerFault } from "./faults"
import { answerMmi, isMmiService } from "./mmi"
import { ServiceDirectory, type ServiceQueue } from "./service-queue"
import { WorkerEntry, workerKey, WorkerRegistry } from "./worker-registry"

export type { MdpBrokerOptions } from "./broker-options"

/** At most one log line per second per kind of flood (invalid input, full queue). */
const floodLogMs = 1000

/**
 * 7/MDP broker with 8/MMI: one ROUTER socket for clients and workers, one
 * FIFO of requests per service, workers handed one request at a time.
 * Speaks MDP/0.1 only.
 */
export class MdpBroker {
  private readonly s: BrokerSettings
  private readonly faults: ReadonlySet<BrokerFault>
  private readonly log: Logger
  private readonly workers = new WorkerRegistry()
  private readonly services: ServiceDirectory
  /** Fault talk-after-disconnect: workers that left but still get HEARTBEAT. */
  private readonly zombies = new Map<string, WorkerEntry>()
  private readonly throttle: Throttle
  private readonly abort = new AbortController()
  private socket?: BrokerSocket
  private loops: Array<Promise<void>> = []
  /** Fault misroute-reply: the client of the latest request. */
  private lastClient?: Buffer

  constructor(opts: MdpBrokerOptions) {
    const s = (this.s = brokerSettings(opts))
    this.faults = s.faults
    this.log = s.log
    const { maxQueue, requestExpiryMs, clock } = s
    this.services = new ServiceDirectory({ maxQueue, requestExpiryMs, clock })
    this.throttle = new Throttle(floodLogMs, clock)
  }

  /** Binds and starts serving; resolves to the bound endpoint. */
  async start(): Promise<string> {
    if (this.socket) throw new Error("broker already started")
    this.socket = await BrokerSocket.bind(this.s.bind, this.faults, this.log)
    this.loops = [this.receive(this.socket), this.tick()]
    const endpoint = this.socket.endpoint
    this.log.info({ event: "bound", endpoint, faults: [...this.faults] })
    return endpoint
  }

  /** Closes the socket and waits for the receive and timer loops to end. */
  async stop(): Promise<void> {
    this.abort.abort()
    this.socket?.close()
    await Promise.all(this.loops)
  }

  private get out(): BrokerSocket {
    return this.socket!
  }

  private async receive(socket: BrokerSocket): Promise<void> {
    for await (const [id, frames] of socket.messages()) {
      try {
        this.handle(id, frames)
      } catch (err) {
        // Whatever arrives, the broker keeps serving everyone else.
        this.log.error({ event: "handler-error", err, sender: workerKey(id) })
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
        return this.onDisconnect(worker)
      default: {
        const never: never = msg
        return never
      }
    }
  }

  private onClientRequest(client: Buffer, msg: ClientRequest): void {
    const { service, body } = msg
    this.lastClient = client
    // MMI-1: "mmi." services are answered here and never reach a worker.
    if (isMmiService(service)) {
      const status = answerMmi(service, body, {
        workerCount: name => this.workers.count(name),
        notImplemented: this.faults.has("no-mmi"),
        alwaysFound: this.faults.has("mmi-always-found"),
      })
      this.log.debug({ event: "mmi", service, status })
      return this.out.reply(client, service, [Buffer.from(status)])
    }
    if (this.faults.has("no-queue") && this.workers.count(service) === 0) {
      this.log.debug({ event: "request-dropped", service, reason: "no-queue" })
      return
    }
    // MDP-14: requests for a service without workers wait in its queue.
    const queue = this.services.get(service)
    if (queue.requests.push({ client, service, body }))
      return this.dispatch(queue)
    const suppressed = this.throttle.take(`queue-full:${service}`)
    if (suppressed !== undefined)
      this.log.warn({ event: "queue-full", service, suppressed })
  }

  private onReady(id: Buffer, service: string, known?: WorkerEntry): void {
    // MDP-27/MDP-33: a second READY on the same connection is unexpected.
    if (known) return this.unexpected(id, known, "second READY")
    this.zombies.delete(workerKey(id))
    // MMI-2: workers may not register in the "mmi." namespace.
    if (isMmiService(service) && !this.faults.has("mmi-workers-allowed")) {
      return this.reject(id, service, "mmi namespace")
    }
    if (this.workers.size >= this.s.maxWorkers) {
      return this.reject(id, service, "too many workers")
    }
    // MDP-28: READY gets no answer; the first thing sent is work or a HEARTBEAT.
    const { heartbeatMs: intervalMs, liveness, clock } = this.s
    const worker = new WorkerEntry(
      id,
      service,
      new Heartbeat({ intervalMs, liveness, clock }),
    )
    this.workers.add(worker)
    this.log.info({ event: "worker-ready", service, worker: worker.key })
    const queue = this.services.get(service)
    queue.addWorker(worker)
    this.dispatch(queue)
  }

  private onReply(id: Buffer, msg: WorkerReply, worker?: WorkerEntry): void {
    if (!worker) return this.unexpected(id, undefined, "REPLY before READY")
    if (!worker.busy)
      return this.unexpected(id, worker, "REPLY without a request")
    worker.finish(msg.client)
    // MDP-39: the address frame names the client. The reply carries the
    // worker's service, which is the service the client asked for.
    const misroute = this.faults.has("misroute-reply") && this.lastClient
    this.out.reply(misroute || msg.client, worker.service, msg.body)
    const queue = this.services.get(worker.service)
    queue.park(worker)
    this.dispatch(queue)
  }

  private onDisconnect(worker?: WorkerEntry): void {
    // From a stranger it ends nothing; MDP-30 allows it even before READY.
    if (!worker) return
    this.forget(worker, "worker-disconnected")
    // MDP-31: nothing more goes to this worker, unless the fault keeps it.
    if (this.faults.has("talk-after-disconnect")) this.keepZombie(worker)
  }

  /** MDP-33: a valid command that is wrong for the state gets DISCONNECT. */
  private unexpected(
    id: Buffer,
    worker: WorkerEntry | undefined,
    reason: string,
  ): void {
    const fields = { service: worker?.service, worker: workerKey(id), reason }
    if (this.faults.has("ignore-unexpected")) {
      return this.log.debug({ event: "unexpected-ignored", ...fields })
    }
    this.log.info({ event: "unexpected-command", ...fields })
    this.out.disconnect(id, worker)
    if (worker) this.forget(worker, "worker-dropped", reason)
  }

  /** MDP-22/MDP-34: invalid messages are dropped and their sender distrusted. */
  private onInvalid(id: Buffer, frames: Buffer[], error: DecodeError): void {
    const { code, rule, expected, actual } = error
    if (this.faults.has("crash-on-invalid")) {
      this.log.fatal({
        event: "invalid-message",
        code,
        rule,
        fault: "crash-on-invalid",
      })
      process.exit(3)
    }
    const suppressed = this.throttle.take(`invalid:${code}`)
    if (suppressed !== undefined) {
      const shown = renderFrames(frames.slice(0, 8))
      const sender = workerKey(id)
      this.log.warn({
        event: "invalid-message",
        code,
        rule,
        expected,
        actual,
        frames: shown,
        sender,
        suppressed,
      })
    }
    const worker = this.workers.get(id)
    if (worker) {
      this.out.disconnect(id, worker)
      this.forget(worker, "worker-dropped", `invalid message (${code})`)
    }
  }

  private reject(id: Buffer, service: string, reason: string): void {
    this.log.info({
      event: "worker-rejected",
      service,
      worker: workerKey(id),
      reason,
    })
    this.out.disconnect(id)
  }

  /**
   * Removes a worker for good. A request it held goes back to the head of its
   * queue: 7/MDP assumes idempotent workers, so another one may redo it (MDP-49).
   */
  private forget(worker: WorkerEntry, event: string, reason?: string): void {
    if (!this.workers.remove(worker)) return
    const queue = this.services.get(worker.service)
    queue.removeWorker(worker)
    const requeued = worker.jobs.splice(0)
    for (const job of requeued.reverse()) queue.requests.requeue(job)
    const { service, key } = worker
    this.log.info({
      event,
      service,
      worker: key,
      reason,
      requeued: requeued.length,
    })
    this.dispatch(queue)
  }

  private keepZombie(worker: WorkerEntry): void {
    this.zombies.set(worker.key, worker)
    // Bounded like the registry, so the fault cannot grow memory without end.
    if (this.zombies.size > this.s.maxWorkers) {
      this.zombies.delete(this.zombies.keys().next().value!)
    }
  }

  /** Hands waiting requests to idle workers of one service. */
  private dispatch(queue: ServiceQueue): void {
    const anyWorker = this.faults.has("double-dispatch")
    for (let next = queue.next(anyWorker); next; next = queue.next(anyWorker)) {
      const [request, worker] = next
      worker.jobs.push(request)
      this.out.request(worker, request)
      this.log.debug({
        event: "request-dispatched",
        service: queue.name,
        worker: worker.key,
      })
    }
    this.services.tidy(queue)
  }

  private async tick(): Promise<void> {
    const period = tickPeriod(this.s.heartbeatMs)
    for await (const _ of every(period, this.abort.signal)) this.onTick()
  }

  private onTick(): void {
    // MDP-44/MDP-46: a worker silent for liveness × interval is gone. It is
    // forgotten without DISCONNECT: it would not hear one anyway.
    if (!this.faults.has("ignore-expiry")) {
      for (const worker of [...this.workers]) {
        if (worker.beat.expired()) this.forget(worker, "worker-expired")
      }
    }
    // MDP-43/MDP-42: HEARTBEAT to every worker, idle or busy, that was sent
    // nothing else for a whole interval.
    if (!this.faults.has("no-heartbeat")) {
      for (const worker of [...this.workers, ...this.zombies.values()]) {
        if (worker.beat.sendDue()) this.out.heartbeat(worker)
      }
    }
    // MDP-15: expired requests are dropped without a reply.
    for (const [service, count] of this.services.purge()) {
      this.log.debug({ event: "requests-expired", service, count })
    }
  }
}
