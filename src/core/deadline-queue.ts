import type { Clock } from "./clock"

export interface DeadlineQueueOptions {
  /** Most items push() accepts; requeue() may exceed it (see there). */
  readonly capacity: number
  /** How long an item may wait; 0 means forever. */
  readonly ttlMs: number
  readonly clock: Clock
}

interface Entry<T> {
  readonly item: T
  readonly deadline: number
}

/**
 * A bounded FIFO whose items go stale: what waited longer than ttlMs is never
 * handed out. Used for requests waiting for a worker (7/MDP: queued requests
 * "expire after a reasonable, configurable time"), and fit for any queue of
 * work that outlives its requester's patience.
 */
export class DeadlineQueue<T> {
  private entries: Array<Entry<T>> = []
  private expiredCount = 0

  constructor(private readonly opts: DeadlineQueueOptions) {}

  get length(): number {
    return this.entries.length
  }

  /** Items dropped because they expired, since the queue was made. */
  get expired(): number {
    return this.expiredCount
  }

  /** Appends at the tail. False when the queue is full; the item is not kept. */
  push(item: T): boolean {
    if (this.entries.length >= this.opts.capacity) return false
    this.entries.push(this.entry(item))
    return true
  }

  /**
   * Puts an item back at the head, with a fresh deadline. Capacity does not
   * apply: the item was already accepted once, and losing it now would turn
   * a worker failure into a silent request loss.
   */
  requeue(item: T): void {
    this.entries.unshift(this.entry(item))
  }

  /** The oldest item that has not expired; expired ones are dropped on the way. */
  shift(): T | undefined {
    const now = this.opts.clock.now()
    for (;;) {
      const entry = this.entries.shift()
      if (!entry) return undefined
      if (entry.deadline > now) return entry.item
      this.expiredCount++
    }
  }

  /** Drops every expired item and returns them, so that callers can log. */
  purge(): T[] {
    if (this.opts.ttlMs <= 0) return []
    const now = this.opts.clock.now()
    const dropped: T[] = []
    this.entries = this.entries.filter(e => {
      if (e.deadline > now) return true
      dropped.push(e.item)
      return false
    })
    this.expiredCount += dropped.length
    return dropped
  }

  private entry(item: T): Entry<T> {
    const ttl = this.opts.ttlMs
    const deadline = ttl > 0 ? this.opts.clock.now() + ttl : Infinity
    return { item, deadline }
  }
}
