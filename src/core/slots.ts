/**
 * A counting semaphore with a FIFO of waiters: at most `size` holders at a
 * time, later callers wait in arrival order. Used to bound how many requests
 * a client keeps in flight, so a fast producer cannot flood a broker's queue
 * (or its own memory) with work nobody will answer in time.
 */
export class Slots {
  private free: number
  private readonly waiters: Array<{
    grant: () => void
    refuse: (err: Error) => void
  }> = []
  private closedWith?: Error

  constructor(readonly size: number) {
    if (!Number.isSafeInteger(size) || size < 1)
      throw new RangeError(`size must be a whole number >= 1, got ${size}`)
    this.free = size
  }

  /** Slots held right now. */
  get inUse(): number {
    return this.size - this.free
  }

  /** Callers waiting for a slot. */
  get waiting(): number {
    return this.waiters.length
  }

  /** Resolves once a slot is held; rejects if the slots are closed first. */
  acquire(): Promise<void> {
    if (this.closedWith) return Promise.reject(this.closedWith)
    if (this.free > 0) {
      this.free--
      return Promise.resolve()
    }
    return new Promise((grant, refuse) => this.waiters.push({ grant, refuse }))
  }

  /** Gives a slot back; the oldest waiter, if any, takes it over. */
  release(): void {
    const next = this.waiters.shift()
    if (next) return next.grant()
    if (this.free >= this.size) throw new Error("release() without acquire()")
    this.free++
  }

  /** Refuses every waiter and every later acquire() with `err`. */
  close(err: Error): void {
    this.closedWith ??= err
    for (const w of this.waiters.splice(0)) w.refuse(err)
  }
}
