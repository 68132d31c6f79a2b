import type { Clock } from "../../../core/clock"
import { DeadlineQueue } from "../../../core/deadline-queue"
import {
  type GlobalBounds,
  QueueBudget,
  type QueueRefusal,
} from "./queue-budget"
import type { QueuedRequest, WorkerEntry } from "./worker-registry"

export interface ServiceQueueOptions extends GlobalBounds {
  /** Most requests that may wait for one service. */
  readonly maxQueue: number
  /** How long a request may wait for a worker; 0 means forever (MDP-15). */
  readonly requestExpiryMs: number
  /**
   * Times a request may go back to the queue after its worker was lost;
   * the next loss drops it as poison.
   */
  readonly maxRequeues: number
  /** Fault double-dispatch: busy workers take requests too (breaks MDP-48). */
  readonly anyWorker?: boolean
  readonly clock: Clock
}

/** What became of the requests a lost worker held. */
export interface Released {
  /** Back at the head of the queue, for another worker (MDP-49). */
  readonly requeued: number
  /** 18/MDP requests whose client already saw PARTIALs: never redone. */
  readonly started: QueuedRequest[]
  /** Requests requeued maxRequeues times already: dropped as poison. */
  readonly poison: QueuedRequest[]
}

/**
 * One service: its waiting requests (FIFO) and its workers. The broker keeps
 * one per service name that has requests or workers, and drops it when it has
 * neither. Every request waiting here is counted in the broker's budget.
 */
export class ServiceQueue {
  private readonly requests: DeadlineQueue<QueuedRequest>
  private readonly workers: WorkerEntry[] = []
  /** Idle workers, longest-waiting first (least recently used, as in MDP-3). */
  private readonly waiting: WorkerEntry[] = []

  constructor(
    readonly name: string,
    private readonly opts: ServiceQueueOptions,
    private readonly budget: QueueBudget,
  ) {
    this.requests = new DeadlineQueue({
      capacity: opts.maxQueue,
      ttlMs: opts.requestExpiryMs,
      clock: opts.clock,
      onExpire: r => budget.remove(r.bytes),
    })
  }

  get empty(): boolean {
    return this.workers.length === 0 && this.requests.length === 0
  }

  /** Requests waiting for a worker. */
  get queued(): number {
    return this.requests.length
  }

  /**
   * Queues a new request, or says which bound refuses it: this service's
   * maxQueue, or the broker's total of requests or bytes.
   */
  offer(request: QueuedRequest): QueueRefusal | undefined {
    const refusal = this.budget.refusal(request.bytes)
    if (refusal) return refusal
    if (!this.requests.push(request)) return "max-queue"
    this.budget.add(request.bytes)
    return undefined
  }

  /** A newly registered worker; it starts idle. */
  addWorker(worker: WorkerEntry): void {
    this.workers.push(worker)
    this.waiting.push(worker)
    worker.queue = this
  }

  /**
   * A worker leaves for good. The requests it held go back to the head of
   * the queue, oldest first: MDP assumes idempotent workers, so another one
   * may redo them (MDP-49, MDP2-51). Not an 18/MDP request that already had
   * PARTIALs relayed: a redo would show the client those PARTIALs twice,
   * which the spec never allows for (digest §4.6). Nor one that has come
   * back maxRequeues times: a request whose every worker dies is taken for
   * poison, and requeueing it for ever would take down each worker in turn.
   * `undelivered` is a request whose REQUEST never left the broker: it
   * goes back without counting, as no worker saw it.
   */
  removeWorker(worker: WorkerEntry, undelivered?: QueuedRequest): Released {
    remove(this.workers, worker)
    remove(this.waiting, worker)
    const { redo, started } = worker.release()
    const poison: QueuedRequest[] = []
    let requeued = 0
    // Newest first, each put at the head, so the oldest ends up first.
    for (const job of redo.reverse()) {
      if (job !== undelivered) {
        if (job.requeues >= this.opts.maxRequeues) {
          poison.push(job)
          continue
        }
        job.requeues++
      }
      this.requests.requeue(job)
      this.budget.add(job.bytes)
      requeued++
    }
    return { requeued, started, poison: poison.reverse() }
  }

  /** The worker finished its request and waits for the next one. */
  park(worker: WorkerEntry): void {
    if (!worker.busy && !this.waiting.includes(worker))
      this.waiting.push(worker)
  }

  /**
   * The next request and the worker to hand it to, or undefined when either
   * is missing. Only idle workers qualify, so a worker never holds two
   * requests (MDP-48), unless the double-dispatch fault lets a busy one
   * take more.
   */
  next(): [QueuedRequest, WorkerEntry] | undefined {
    const worker =
      this.waiting[0] ?? (this.opts.anyWorker ? this.leastLoaded() : undefined)
    if (!worker) return undefined
    const request = this.requests.shift()
    if (!request) return undefined
    this.budget.remove(request.bytes)
    if (this.waiting[0] === worker) this.waiting.shift()
    return [request, worker]
  }

  /** Drops expired requests (MDP-15); returns how many. */
  purge(): number {
    return this.requests.purge().length
  }

  private leastLoaded(): WorkerEntry | undefined {
    let best: WorkerEntry | undefined
    for (const w of this.workers)
      if (!best || w.jobs.length < best.jobs.length) best = w
    return best
  }
}

function remove<T>(list: T[], item: T): void {
  const index = list.indexOf(item)
  if (index >= 0) list.splice(index, 1)
}

/**
 * Every service that has waiting requests or registered workers, by name,
 * at most maxServices of them, with one budget for all their queues.
 */
export class ServiceDirectory {
  private readonly byName = new Map<string, ServiceQueue>()
  readonly budget: QueueBudget

  constructor(private readonly opts: ServiceQueueOptions) {
    this.budget = new QueueBudget(opts)
  }

  /** Services known right now. */
  get size(): number {
    return this.byName.size
  }

  /** The queue of a known service. */
  find(name: string): ServiceQueue | undefined {
    return this.byName.get(name)
  }

  /** The queue of a service, made on first use; undefined past maxServices. */
  open(name: string): ServiceQueue | undefined {
    let queue = this.byName.get(name)
    if (!queue) {
      if (this.byName.size >= this.opts.maxServices) return undefined
      queue = new ServiceQueue(name, this.opts, this.budget)
      this.byName.set(name, queue)
    }
    return queue
  }

  /**
   * Forgets a service with neither requests nor workers, so that clients
   * asking for made-up names do not leave entries behind.
   */
  tidy(queue: ServiceQueue): void {
    if (queue.empty && this.byName.get(queue.name) === queue)
      this.byName.delete(queue.name)
  }

  /** Drops expired requests everywhere (MDP-15); returns how many per service. */
  purge(): Map<string, number> {
    const dropped = new Map<string, number>()
    for (const queue of [...this.byName.values()]) {
      const expired = queue.purge()
      if (expired > 0) dropped.set(queue.name, expired)
      this.tidy(queue)
    }
    return dropped
  }
}
