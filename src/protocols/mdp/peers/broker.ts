import type { DecodeError } from "../../../codec"
import {
  curveServerSecurity,
  plaintext,
  type ServerSecurity,
} from "../../../core/curve-server"
import { Heartbeat } from "../../../core/heartbeat"
import type { Logger } from "../../../core/log"
import { tickPeriod, ticks } from "../../../core/ticker"
import {
  brokerDialect,
  type BrokerMessage,
  type WorkerAnswer,
} from "./broker-dialect"
import { type BrokerFaultPlan, brokerFaultPlan } from "./broker-faults"
import {
  type BrokerSettings,
  brokerSettings,
  type MdpBrokerOptions,
} from "./broker-options"
import { BrokerSocket } from "./broker-socket"
import { answerMmi, isMmiService } from "./mmi"
import { Refusals } from "./refusals"
import { ServiceDirectory, type ServiceQueue } from "./service-queue"
import {
  type QueuedRequest,
  queuedRequest,
  WorkerEntry,
  workerKey,
  WorkerRegistry,
} from "./worker-registry"

export type { MdpBrokerProtocol } from "./broker-dialect"
export type { MdpBrokerOptions } from "./broker-options"

/** What the broker holds right now: for soak runs, tests and operators. */
export interface BrokerStats {
  readonly workers: number
  readonly services: number
  readonly queuedRequests: number
  readonly queuedBytes: number
  /** Keys held by the throttled logs (bounded; see Throttle). */
  readonly logKeys: number
}

/**
 * 7/MDP and 18/MDP broker with 8/MMI: one ROUTER socket for clients and
 * workers, one FIFO of requests per service, workers handed one request at a
 * time. Serves exactly one MDP version per bind (`protocol`): the versions
 * are not wire compatible. What differs between them is the BrokerDialect.
 */
export class MdpBroker {
  private readonly s: BrokerSettings
  private readonly plan: BrokerFaultPlan
  private readonly log: Logger
  private readonly workers: WorkerRegistry
  private readonly services: ServiceDirectory
  private readonly refusals: Refusals
  private readonly abort = new AbortController()
  private socket?: BrokerSocket
  private security: ServerSecurity = plaintext
  private loops: Array<Promise<void>> = []
  private failed = false

  constructor(opts: MdpBrokerOptions) {
    const s = (this.s = brokerSettings(opts))
    this.log = s.log
    this.workers = new WorkerRegistry(s.maxWorkers)
    // brokerDialect throws UsageError for a fault the version has no frames for.
    const dialect = brokerDialect(s.protocol, s.faults)
    this.plan = brokerFaultPlan(s.faults, dialect, name =>
      this.workers.count(name),
    )
    this.services = new ServiceDirectory({
      ...s,
      anyWorker: this.plan.anyWorker,
    })
    this.refusals = new Refusals(s.log, s.clock, s)
  }

  /** Binds and starts serving; resolves to the bound endpoint. */
  async start(): Promise<string> {
    if (this.socket) throw new Error("broker already started")
    const { curve, faults, log, clock } = this.s
    const acceptAny = faults.has("curve-accept-any")
    this.security = await curveServerSecurity(curve, { acceptAny, log, clock })
    let socket: BrokerSocket
    try {
      const { socketOptions } = this.security
      socket = await BrokerSocket.bind(this.s, this.plan.dialect, socketOptions)
    } catch (err) {
      this.security.release()
      throw err
    }
    this.socket = socket
    // Every background loop ends in fatal() if it throws: nothing goes
    // unhandled, and a broker that can no longer serve says so once.
    const guard = (loop: Promise<void>) => loop.catch(err => this.fatal(err))
    const receive = socket.serve((id, frames) => this.receive(id, frames))
    this.loops = [guard(receive), guard(this.tick())]
    const { endpoint } = socket
    const fields = { endpoint, protocol: this.s.protocol }
    this.log.info({ event: "bound", ...fields, faults: [...this.s.faults] })
    return endpoint
  }

  /** Closes the socket and waits for the receive and timer loops to end. */
  async stop(): Promise<void> {
    this.abort.abort()
    this.socket?.close()
    await Promise.all(this.loops)
    this.security.release()
  }

  stats(): BrokerStats {
    const { budget } = this.services
    return {
      workers: this.workers.size,
      services: this.services.size,
      queuedRequests: budget.requests,
      queuedBytes: budget.bytes,
      logKeys: this.refusals.keys + (this.socket?.logKeys ?? 0),
    }
  }

  private fatal(err: unknown): void {
    if (this.failed) return
    this.failed = true
    this.abort.abort()
    this.socket?.close()
    if (this.s.onFatal) return this.s.onFatal(err)
    this.log.fatal({ event: "fatal", origin: "broker", err })
  }

  private get out(): BrokerSocket {
    return this.socket!
  }

  private receive(id: Buffer, frames: Buffer[]): void {
    try {
      this.handle(id, frames)
    } catch (err) {
      // Whatever arrives, the broker keeps serving everyone else.
      this.log.error({ event: "handler-error", err, sender: workerKey(id) })
    }
  }

  private handle(id: Buffer, frames: Buffer[]): void {
    const decoded = this.plan.dialect.decode(frames)
    if (!decoded.ok) return this.onInvalid(id, frames, decoded.error)
    const msg: BrokerMessage = decoded.value
    if (msg.command === "REQUEST")
      return this.onClientRequest(id, msg.service, msg.body)
    const worker = this.workers.get(id)
    // MDP-41/MDP2-43: every command except DISCONNECT counts as a heartbeat.
    if (worker && msg.command !== "DISCONNECT") worker.beat.heard()
    switch (msg.command) {
      case "ANSWER":
        return this.onAnswer(id, msg, worker)
      case "READY":
        return this.onReady(id, msg.service, worker)
      case "HEARTBEAT":
        // MDP-40: HEARTBEAT before READY is unexpected.
        if (!worker) this.unexpected(id, "HEARTBEAT before READY")
        return
      case "DISCONNECT":
        return this.onDisconnect(worker)
      default: {
        const never: never = msg
        return never
      }
    }
  }

  private onClientRequest(client: Buffer, service: string, body: Buffer[]) {
    // No MDP version has an error answer for a request: 8/MMI's codes answer
    // only "mmi." services, and a REPLY or FINAL would read as the service's
    // own answer. So a request over the limits is dropped unanswered, and
    // the client's timeout and retry (MDP-12) take it from there.
    if (this.refusals.overLimit("REQUEST", body, client)) return
    const { tap } = this.plan
    if (tap && !tap.request(client, service)) {
      this.log.debug({ event: "request-dropped", service, reason: "no-queue" })
      return
    }
    // MMI-1: "mmi." services are answered here and never reach a worker.
    if (isMmiService(service)) return this.onMmi(client, service, body)
    // MDP-14: requests for a service without workers wait in its queue,
    // within the per-service and global bounds.
    const queue = this.services.open(service)
    const request = queuedRequest(client, service, body)
    const refusal = queue ? queue.offer(request) : "max-services"
    if (refusal) return this.refusals.notQueued(refusal, service, client)
    this.dispatch(queue!)
  }

  private onMmi(client: Buffer, service: string, body: Buffer[]): void {
    const status = answerMmi(service, body, {
      workerCount: name => this.workers.count(name),
      ...this.plan.mmi,
    })
    this.log.debug({ event: "mmi", service, status })
    this.out.mmi(client, service, status)
  }

  private onReady(id: Buffer, service: string, known?: WorkerEntry): void {
    // MDP-27/MDP-33: a second READY on the same connection is unexpected.
    if (known) return this.unexpected(id, "second READY", known)
    // MMI-2: workers may not register in the "mmi." namespace.
    if (isMmiService(service) && !this.plan.mmiWorkers)
      return this.reject(id, service, "mmi namespace")
    if (this.workers.size >= this.s.maxWorkers)
      return this.reject(id, service, "too many workers")
    const queue = this.services.open(service)
    if (!queue) return this.reject(id, service, "too many services")
    // MDP-28: READY gets no answer; the first thing sent is work or a HEARTBEAT.
    const { heartbeatMs: intervalMs, liveness, clock } = this.s
    const beat = new Heartbeat({ intervalMs, liveness, clock })
    const worker = new WorkerEntry(id, service, beat)
    this.workers.add(worker)
    this.log.info({ event: "worker-ready", service, worker: worker.key })
    queue.addWorker(worker)
    this.dispatch(queue)
  }

  /**
   * REPLY (0.1), PARTIAL or FINAL (0.2). Each is relayed at once; only a
   * final one frees the worker, so it holds one request until then
   * (MDP-48, MDP2-50). After FINAL the worker is idle, and a further PARTIAL
   * or FINAL is unexpected, so nothing more reaches that client (MDP2-12).
   */
  private onAnswer(id: Buffer, msg: WorkerAnswer, worker?: WorkerEntry): void {
    const { name, final, client, body } = msg
    // MDP-33/MDP2-34: answers from strangers or idle workers are unexpected.
    if (!worker) return this.unexpected(id, `${name} before READY`)
    if (!worker.busy)
      return this.unexpected(id, `${name} without a request`, worker)
    // Over a limit, the answer cannot be relayed, and any worker would answer
    // the same way, so the request is dropped, not requeued; the worker gets
    // DISCONNECT (MDP-32), as MDP-34 distrusts senders of the unacceptable.
    const limit = this.refusals.overLimit(name, body, id)
    if (limit) {
      worker.finish(client)
      return this.drop(worker, `${name} over ${limit}, its request dropped`)
    }
    if (final) worker.finish(client)
    else worker.partial(client)
    // MDP-39/MDP2-41: the address frame names the client. The answer carries
    // the worker's service, which is the service the client asked for.
    const to = this.plan.tap ? this.plan.tap.answerTo(client) : client
    this.out.answer(to, worker.serviceFrame, body, final)
    if (!final) return
    const queue = worker.queue!
    queue.park(worker)
    this.dispatch(queue)
  }

  private onDisconnect(worker?: WorkerEntry): void {
    // From a stranger it ends nothing; MDP-30 allows it even before READY.
    if (!worker) return
    this.forget(worker, "worker-disconnected")
    // MDP-31: nothing more goes to this worker, unless the fault keeps it.
    if (this.plan.keepZombies) this.workers.keepZombie(worker)
  }

  /** MDP-33: a valid command that is wrong for the state gets DISCONNECT. */
  private unexpected(id: Buffer, reason: string, worker?: WorkerEntry): void {
    const fields = { service: worker?.service, worker: workerKey(id), reason }
    if (!this.plan.disconnectUnexpected) {
      return this.log.debug({ event: "unexpected-ignored", ...fields })
    }
    this.log.info({ event: "unexpected-command", ...fields })
    if (worker) this.drop(worker, reason)
    else this.out.disconnect(id)
  }

  /** MDP-22/MDP-34: invalid messages are dropped and their sender distrusted. */
  private onInvalid(id: Buffer, frames: Buffer[], error: DecodeError): void {
    const { code, rule } = error
    if (this.plan.crashOnInvalid) {
      const fault = "crash-on-invalid"
      this.log.fatal({ event: "invalid-message", code, rule, fault })
      process.exit(3)
    }
    this.refusals.invalid(frames, error, id)
    const worker = this.workers.get(id)
    if (worker) this.drop(worker, `invalid message (${code})`)
  }

  /** DISCONNECT to a registered worker, which is then forgotten. */
  private drop(worker: WorkerEntry, reason: string): void {
    this.out.disconnect(worker.id, worker)
    this.forget(worker, "worker-dropped", reason)
  }

  private reject(id: Buffer, service: string, reason: string): void {
    const worker = workerKey(id)
    this.log.info({ event: "worker-rejected", service, worker, reason })
    this.out.disconnect(id)
  }

  /**
   * Removes a worker for good. Its requests are requeued (MDP-49), except
   * an 18/MDP request that already had PARTIALs relayed (redone, it would
   * show its client those PARTIALs twice) and a poison request, requeued
   * maxRequeues times already: both are dropped and logged. No MDP version
   * has an error answer for them (see onClientRequest); their clients'
   * timeouts decide.
   */
  private forget(
    worker: WorkerEntry,
    event: string,
    reason?: string,
    undelivered?: QueuedRequest,
  ): void {
    if (!this.workers.remove(worker)) return
    const { service, key } = worker
    const queue = worker.queue!
    const { requeued, started, poison } = queue.removeWorker(
      worker,
      undelivered,
    )
    const counts = { requeued, dropped: started.length + poison.length }
    this.log.info({ event, service, worker: key, reason, ...counts })
    const dropped = (request: QueuedRequest, why: string) => {
      const fields = { service, client: workerKey(request.client) }
      const { requeues } = request
      this.log.warn({
        event: "request-dropped",
        ...fields,
        reason: why,
        requeues,
      })
    }
    for (const request of started) dropped(request, "worker lost after PARTIAL")
    for (const request of poison) dropped(request, "poison")
    this.dispatch(queue)
  }

  /** Hands waiting requests to idle workers of one service. */
  private dispatch(queue: ServiceQueue): void {
    for (let next = queue.next(); next; next = queue.next()) {
      const [request, worker] = next
      worker.jobs.push(request)
      // A REQUEST that could not be sent goes back to the queue (MDP-49) as
      // the worker is forgotten: it is gone or has stopped reading. No
      // worker saw it, so it does not count towards poison.
      const lost = () =>
        this.forget(worker, "worker-unreachable", undefined, request)
      this.out.request(worker, request, lost)
    }
    this.services.tidy(queue)
  }

  private async tick(): Promise<void> {
    const period = tickPeriod(this.s.heartbeatMs)
    for await (const late of ticks(period, this.abort.signal)) this.onTick(late)
  }

  private onTick(stalled: boolean): void {
    // After the process stalled (a busy machine), timers run before the
    // heartbeats that queued up meanwhile are read: sweep on the next tick.
    // MDP-44/MDP-46, MDP2-46/MDP2-48: a worker silent for liveness × interval
    // is gone. It is forgotten without DISCONNECT: it would not hear one.
    if (!stalled && this.plan.expireWorkers) {
      for (const worker of [...this.workers]) {
        if (worker.beat.expired()) this.forget(worker, "worker-expired")
      }
    }
    // MDP-43/MDP-42: HEARTBEAT to every worker, idle or busy, that was sent
    // nothing else for a whole interval.
    if (this.plan.heartbeat) {
      for (const worker of this.workers.heartbeatTargets()) {
        if (worker.beat.sendDue()) this.out.heartbeat(worker)
      }
    }
    // MDP-15: expired requests are dropped without a reply.
    for (const [service, count] of this.services.purge()) {
      this.log.debug({ event: "requests-expired", service, count })
    }
  }
}
