import type { Clock } from "../../../core/clock"
import { DeadlineQueue } from "../../../core/deadline-queue"
import type { QueuedRequest, WorkerEntry } from "./worker-registry"

export interface ServiceQueueOptions {
  /** Most requests that may wait for this service. */
  readonly maxQueue: number
  /** How long a request may wait for a worker; 0 means forever (MDP-15). */
  readonly requestExpiryMs: number
  readonly clock: Clock
}

/**
 * One service: its waiting requests (FIFO) and its workers. The broker keeps
 * one per service name that has requests or workers, and drops it when it has
 * neither.
 */
export class ServiceQueue {
  readonly requests: DeadlineQueue<QueuedRequest>
  private readonly workers: WorkerEntry[] = []
  /** Idle workers, longest-waiting first (least recently used, as in MDP-3). */
  private readonly waiting: WorkerEntry[] = []

  constructor(
    readonly name: string,
    opts: ServiceQueueOptions,
  ) {
    this.requests = new DeadlineQueue({
      capacity: opts.maxQueue,
      ttlMs: opts.requestExpiryMs,
      clock: opts.clock,
    })
  }

  get empty(): boolean {
    return this.workers.length === 0 && this.requests.length === 0
  }

  /** A newly registered worker; it starts idle. */
  addWorker(worker: WorkerEntry): void {
    this.workers.push(worker)
    this.waiting.push(worker)
  }

  /**
   * A worker leaves for good. The requests it held go back to the head of
   * the queue, oldest first: MDP assumes idempotent workers, so another one
   * may redo them (MDP-49, MDP2-51). Not an 18/MDP request that already had
   * PARTIALs relayed: a redo would show the client those PARTIALs twice,
   * which the spec never allows for (digest §4.6). Such requests are
   * returned as dropped, for the broker to log; the client's own timeout and
   * retry (MDP2-13) decide what happens next.
   */
  removeWorker(worker: WorkerEntry): {
    requeued: number
    dropped: QueuedRequest[]
  } {
    remove(this.workers, worker)
    remove(this.waiting, worker)
    const { redo, started } = worker.release()
    for (const job of redo.reverse()) this.requests.requeue(job)
    return { requeued: redo.length, dropped: started }
  }

  /** The worker finished its request and waits for the next one. */
  park(worker: WorkerEntry): void {
    if (!worker.busy && !this.waiting.includes(worker))
      this.waiting.push(worker)
  }

  /**
   * The next request and the worker to hand it to, or undefined when either
   * is missing. Only idle workers qualify, so a worker never holds two
   * requests (MDP-48), unless `anyWorker` (the double-dispatch fault) lets a
   * busy one take more.
   */
  next(anyWorker = false): [QueuedRequest, WorkerEntry] | undefined {
    const worker =
      this.waiting[0] ?? (anyWorker ? this.leastLoaded() : undefined)
    if (!worker) return undefined
    const request = this.requests.shift()
    if (!request) return undefined
    remove(this.waiting, worker)
    return [request, worker]
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

/** Every service that has waiting requests or registered workers, by name. */
export class ServiceDirectory {
  private readonly byName = new Map<string, ServiceQueue>()

  constructor(private readonly opts: ServiceQueueOptions) {}

  /** The queue of a service, made on first use. */
  get(name: string): ServiceQueue {
    let queue = this.byName.get(name)
    if (!queue) {
      queue = new ServiceQueue(name, this.opts)
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
      const expired = queue.requests.purge().length
      if (expired > 0) dropped.set(queue.name, expired)
      this.tidy(queue)
    }
    return dropped
  }
}
