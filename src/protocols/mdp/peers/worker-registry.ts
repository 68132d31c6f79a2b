import type { Heartbeat } from "../../../core/heartbeat"
import type { ServiceQueue } from "./service-queue"

/** A client request as the broker holds it: who asked, for what, with what. */
export interface QueuedRequest {
  /** The client's ROUTER identity: the "client address" of 7/MDP. */
  readonly client: Buffer
  readonly service: string
  readonly body: Buffer[]
  /** Body bytes, counted once on arrival for the broker's byte budget. */
  readonly bytes: number
  /**
   * Times a worker was lost while holding this request and it went back to
   * the queue (MDP-49). Past the broker's maxRequeues it is taken for a
   * poison request, one that kills whoever serves it, and dropped.
   */
  requeues: number
}

/** A request as it arrives, before any worker has held it. */
export function queuedRequest(
  client: Buffer,
  service: string,
  body: Buffer[],
): QueuedRequest {
  let bytes = 0
  for (const frame of body) bytes += frame.length
  return { client, service, body, bytes, requeues: 0 }
}

/** One worker the broker knows: registered by READY, until forgotten. */
export class WorkerEntry {
  /** The identity in hex, for logs. */
  readonly key: string
  /** The service as the frame each answer to a client carries (MDP-7). */
  readonly serviceFrame: Buffer
  /**
   * Requests given to this worker and not yet finally answered (REPLY or
   * FINAL). At most one (MDP-48, MDP2-50) unless double-dispatch is on.
   */
  readonly jobs: QueuedRequest[] = []
  /** Jobs that already sent a PARTIAL to their client (18/MDP only). */
  private readonly started = new Set<QueuedRequest>()
  /**
   * The queue of this worker's service, set on registration. A service
   * with a worker is never tidied away, so the reference stays good while
   * the worker is registered, and an answer needs no lookup by name.
   */
  queue?: ServiceQueue

  constructor(
    /** ROUTER identity of the worker's DEALER. */
    readonly id: Buffer,
    readonly service: string,
    readonly beat: Heartbeat,
  ) {
    this.key = workerKey(id)
    this.serviceFrame = Buffer.from(service)
  }

  get busy(): boolean {
    return this.jobs.length > 0
  }

  /** Notes that the job a PARTIAL answers has been seen by its client. */
  partial(client: Buffer): QueuedRequest | undefined {
    const job = this.jobs[this.find(client)]
    if (job) this.started.add(job)
    return job
  }

  /**
   * Takes back the job a REPLY or FINAL answers: the one for the same client,
   * else the oldest. Only double-dispatch makes the choice matter.
   */
  finish(client: Buffer): QueuedRequest | undefined {
    const job = this.jobs.splice(this.find(client), 1)[0]
    if (job) this.started.delete(job)
    return job
  }

  /**
   * Takes back every open job, oldest first, split into those another worker
   * may redo and those whose client has already seen PARTIALs.
   */
  release(): { redo: QueuedRequest[]; started: QueuedRequest[] } {
    const jobs = this.jobs.splice(0)
    const started = jobs.filter(j => this.started.has(j))
    this.started.clear()
    return { redo: jobs.filter(j => !started.includes(j)), started }
  }

  private find(client: Buffer): number {
    // One job is the rule (MDP-48): nothing to choose between.
    if (this.jobs.length <= 1) return 0
    return Math.max(
      this.jobs.findIndex(j => j.client.equals(client)),
      0,
    )
  }
}

/** A routing identity as a map key and a log field. */
export function workerKey(id: Buffer): string {
  return id.toString("hex")
}

/**
 * A routing identity as a map key: latin1 maps each byte to one character,
 * the cheapest string a Buffer makes, looked up on every worker message.
 */
function mapKey(id: Buffer): string {
  return id.toString("latin1")
}

/** All registered workers, by identity, with a count per service for MMI. */
export class WorkerRegistry {
  private readonly byKey = new Map<string, WorkerEntry>()
  private readonly perService = new Map<string, number>()
  /** Fault talk-after-disconnect: workers that left but still get HEARTBEAT. */
  private readonly zombies = new Map<string, WorkerEntry>()

  /** `maxWorkers` bounds the zombies as the broker bounds registrations. */
  constructor(private readonly maxWorkers = Number.POSITIVE_INFINITY) {}

  get size(): number {
    return this.byKey.size
  }

  get(id: Buffer): WorkerEntry | undefined {
    return this.byKey.get(mapKey(id))
  }

  add(worker: WorkerEntry): void {
    this.zombies.delete(worker.key)
    this.byKey.set(mapKey(worker.id), worker)
    this.perService.set(worker.service, this.count(worker.service) + 1)
  }

  /** False if the worker was not registered (already forgotten). */
  remove(worker: WorkerEntry): boolean {
    const key = mapKey(worker.id)
    if (this.byKey.get(key) !== worker) return false
    this.byKey.delete(key)
    const left = this.count(worker.service) - 1
    if (left > 0) this.perService.set(worker.service, left)
    else this.perService.delete(worker.service)
    return true
  }

  /** Workers registered for a service, idle or busy (8/MMI counts both). */
  count(service: string): number {
    return this.perService.get(service) ?? 0
  }

  /** Fault talk-after-disconnect: keeps a forgotten worker for HEARTBEAT. */
  keepZombie(worker: WorkerEntry): void {
    this.zombies.set(worker.key, worker)
    // Bounded like the registry, so the fault cannot grow memory without end.
    if (this.zombies.size > this.maxWorkers)
      this.zombies.delete(this.zombies.keys().next().value!)
  }

  /** Every worker that gets HEARTBEAT: the registered ones and any zombies. */
  heartbeatTargets(): WorkerEntry[] {
    return [...this.byKey.values(), ...this.zombies.values()]
  }

  [Symbol.iterator](): IterableIterator<WorkerEntry> {
    return this.byKey.values()
  }
}
