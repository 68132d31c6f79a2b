/**
 * The broker's memory bounds across all services. A per-service maxQueue
 * alone bounds nothing: services are made per name on demand (MDP-14), so a
 * client asking for ever new names would grow memory without end. These
 * bound the whole broker: requests waiting and their body bytes, summed over
 * every service, and the number of services.
 */
export interface GlobalBounds {
  /** Most requests waiting for a worker, all services together. */
  readonly maxQueuedRequests: number
  /** Most body bytes of those requests together. */
  readonly maxQueuedBytes: number
  /** Most services known at once (with waiting requests or workers). */
  readonly maxServices: number
}

/** Why a request was not queued, as logged and as the README names it. */
export type QueueRefusal =
  "max-queue" | "max-queued-requests" | "max-queued-bytes" | "max-services"

/** What is queued across every service, against the global bounds. */
export class QueueBudget {
  private count = 0
  private size = 0

  constructor(private readonly bounds: GlobalBounds) {}

  get requests(): number {
    return this.count
  }

  get bytes(): number {
    return this.size
  }

  /** The bound one more request of `bytes` would break, if any. */
  refusal(bytes: number): QueueRefusal | undefined {
    if (this.count >= this.bounds.maxQueuedRequests)
      return "max-queued-requests"
    if (this.size + bytes > this.bounds.maxQueuedBytes)
      return "max-queued-bytes"
    return undefined
  }

  add(bytes: number): void {
    this.count++
    this.size += bytes
  }

  remove(bytes: number): void {
    this.count--
    this.size -= bytes
  }
}
