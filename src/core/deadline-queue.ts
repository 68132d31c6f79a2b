import type { Clock } from "./clock"

export interface DeadlineQueueOptions<T> {
  /** Most items push() accepts; requeue() may exceed it (see there). */
  readonly capacity: number
  /** How long an item may wait; 0 means forever. */
  readonly ttlMs: number
  readonly clock: Clock
  /**
   * Called for each item that leaves without being handed out (expired),
   * whether shift() skipped it or purge() swept it: owners that account
   * for what is queued (bytes, a global count) learn of every departure.
   */
  readonly onExpire?: (item: T) => void
}

interface Entry<T> {
  readonly item: T
  readonly deadline: number
}

/** Below this many spent slots at the front, shift() does not compact. */
const compactAt = 1024

/**
 * A bounded FIFO whose items go stale: what waited longer than ttlMs is never
 * handed out. Used for requests waiting for a worker (7/MDP: queued requests
 * "expire after a reasonable, configurable time"), and fit for any queue of
 * work that outlives its requester's patience.
 *
 * The entries live in an array read from a moving head, so shift() costs
 * the same however long the queue (Array#shift moves every element once
 * the array is large), and requeue() reuses the slot just freed.
 */
export class DeadlineQueue<T> {
  private entries: Array<Entry<T> | undefined> = []
  private head = 0
  private expiredCount = 0

  constructor(private readonly opts: DeadlineQueueOptions<T>) {}

  get length(): number {
    return this.entries.length - this.head
  }

  /** Items dropped because they expired, since the queue was made. */
  get expired(): number {
    return this.expiredCount
  }

  /** Appends at the tail. False when the queue is full; the item is not kept. */
  push(item: T): boolean {
    if (this.length >= this.opts.capacity) return false
    this.entries.push(this.entry(item))
    return true
  }

  /**
   * Puts an item back at the head, with a fresh deadline. Capacity does not
   * apply: the item was already accepted once, and losing it now would turn
   * a worker failure into a silent request loss.
   */
  requeue(item: T): void {
    const entry = this.entry(item)
    if (this.head > 0) this.entries[--this.head] = entry
    else this.entries.unshift(entry)
  }

  /** The oldest item that has not expired; expired ones are dropped on the way. */
  shift(): T | undefined {
    let now: number | undefined
    while (this.head < this.entries.length) {
      const entry = this.entries[this.head]!
      this.entries[this.head++] = undefined
      // Read the clock only for items that can expire, once per call.
      if (entry.deadline === Infinity) return this.taken(entry.item)
      now ??= this.opts.clock.now()
      if (entry.deadline > now) return this.taken(entry.item)
      this.expiredCount++
      this.opts.onExpire?.(entry.item)
    }
    this.reset()
    return undefined
  }

  /** Drops every expired item and returns them, so that callers can log. */
  purge(): T[] {
    if (this.opts.ttlMs <= 0 || this.length === 0) return []
    const now = this.opts.clock.now()
    const kept: Array<Entry<T>> = []
    const dropped: T[] = []
    for (let i = this.head; i < this.entries.length; i++) {
      const e = this.entries[i]!
      if (e.deadline > now) kept.push(e)
      else dropped.push(e.item)
    }
    if (dropped.length === 0) return dropped
    this.entries = kept
    this.head = 0
    this.expiredCount += dropped.length
    if (this.opts.onExpire) for (const item of dropped) this.opts.onExpire(item)
    return dropped
  }

  private taken(item: T): T {
    if (this.head === this.entries.length) this.reset()
    else if (this.head >= compactAt && this.head * 2 >= this.entries.length) {
      this.entries = this.entries.slice(this.head)
      this.head = 0
    }
    return item
  }

  private reset(): void {
    this.entries.length = 0
    this.head = 0
  }

  private entry(item: T): Entry<T> {
    const ttl = this.opts.ttlMs
    const deadline = ttl > 0 ? this.opts.clock.now() + ttl : Infinity
    return { item, deadline }
  }
}
