import type { Clock } from "../../../core/clock"
import { Heartbeat } from "../../../core/heartbeat"

/** A client request on its way through the queue: the address stack and the content. */
export interface Job {
  /** The client's address stack, ID(c) first, without the closing empty frame. */
  readonly stack: Buffer[]
  readonly body: Buffer[]
}

/** One worker the queue has heard READY from. */
export class WorkerEntry {
  /** The request it holds; PPP-7 allows one until its REPLY. */
  job?: Job
  /** Fault double-dispatch: requests beyond the first. */
  extra = 0

  constructor(
    readonly id: Buffer,
    readonly key: string,
    readonly beat: Heartbeat,
  ) {}

  get busy(): boolean {
    return this.job !== undefined
  }
}

/**
 * The queue's workers: every registered one, and the idle ones in
 * least-recently-used order (a Map keeps insertion order, so the head is
 * the worker idle longest). A worker moves to the tail when it says READY
 * or hands back a REPLY; heartbeats do not reorder it, so dispatch order
 * depends on work done, not on heartbeat timing.
 */
export class WorkerPool {
  private readonly all = new Map<string, WorkerEntry>()
  private readonly idle = new Map<string, WorkerEntry>()

  constructor(
    private readonly heartbeat: { intervalMs: number; liveness: number },
    private readonly clock: Clock,
    readonly max: number,
  ) {}

  get size(): number {
    return this.all.size
  }

  get idleCount(): number {
    return this.idle.size
  }

  get(id: Buffer): WorkerEntry | undefined {
    return this.all.get(keyOf(id))
  }

  /** A new conversation (READY): a fresh entry at the idle tail, or undefined when full. */
  add(id: Buffer): WorkerEntry | undefined {
    const key = keyOf(id)
    if (this.all.has(key) || this.all.size >= this.max) return undefined
    const beat = new Heartbeat({ ...this.heartbeat, clock: this.clock })
    const worker = new WorkerEntry(id, key, beat)
    this.all.set(key, worker)
    this.idle.set(key, worker)
    return worker
  }

  /** Forgets a worker; returns the request it held, if any. */
  remove(worker: WorkerEntry): Job | undefined {
    if (!this.all.delete(worker.key)) return undefined
    this.idle.delete(worker.key)
    const job = worker.job
    worker.job = undefined
    return job
  }

  /**
   * The worker idle longest, marked busy with `job`. With `anyWorker`
   * (fault double-dispatch), a busy worker will do when none is idle.
   */
  assign(job: Job, anyWorker = false): WorkerEntry | undefined {
    const head = this.idle.values().next().value as WorkerEntry | undefined
    if (head) {
      this.idle.delete(head.key)
      head.job = job
      return head
    }
    if (!anyWorker) return undefined
    const busy = this.all.values().next().value as WorkerEntry | undefined
    if (busy) {
      busy.extra++
      // Round robin over the busy ones: this one goes to the back.
      this.all.delete(busy.key)
      this.all.set(busy.key, busy)
    }
    return busy
  }

  /** The REPLY came: idle again, at the tail. */
  release(worker: WorkerEntry): void {
    if (worker.extra > 0) return void worker.extra--
    worker.job = undefined
    if (this.all.has(worker.key)) this.idle.set(worker.key, worker)
  }

  workers(): WorkerEntry[] {
    return [...this.all.values()]
  }
}

/** A routing identity as a map key. */
export function keyOf(id: Buffer): string {
  return id.toString("hex")
}
