import type { Clock } from "../../../core/clock"

export interface CacheLimits {
  /** RFL-S5: how long an answer is kept (the seed: 300 s). */
  readonly ttlMs: number
  /** RFL-S9: most entries, and most bytes of stored responses. */
  readonly maxEntries: number
  readonly maxBytes: number
}

export interface CachedResponse {
  /** A digest of the payload that produced it (RFL-S8). */
  readonly digest: string
  /** The RESPONSE frames, without any routing identity (RFL-S7). */
  readonly response: readonly Buffer[]
  /** The identity that asked first: kept only for fault stored-identity. */
  readonly firstAsker: Buffer
}

interface Entry extends CachedResponse {
  readonly storedAt: number
  readonly bytes: number
}

/**
 * The server's dedupe cache, keyed by request id alone (RFL-S4). Unlike the
 * seed's it is bounded by entry count and bytes as well as by age, evicting
 * the oldest first (RFL-S9; D8), checks age at lookup on a monotonic clock
 * (RFL-S11; D16), and holds only what the server chose to store: OK answers
 * that went out (RFL-S10; D9, D18). A Map iterates in insertion order, so
 * the first key is always the oldest.
 */
export class DedupeCache {
  private readonly entries = new Map<string, Entry>()
  private total = 0

  constructor(
    private readonly limits: CacheLimits,
    private readonly clock: Clock,
  ) {}

  get size(): number {
    return this.entries.size
  }

  get bytes(): number {
    return this.total
  }

  get(key: string): CachedResponse | undefined {
    const e = this.entries.get(key)
    if (!e) return undefined
    if (this.clock.now() - e.storedAt >= this.limits.ttlMs) {
      this.remove(key, e)
      return undefined
    }
    return e
  }

  put(key: string, value: CachedResponse): void {
    const old = this.entries.get(key)
    if (old) this.remove(key, old)
    const bytes = key.length + value.response.reduce((n, f) => n + f.length, 0)
    // One answer larger than the whole budget is not kept at all.
    if (bytes > this.limits.maxBytes) return
    this.entries.set(key, { ...value, storedAt: this.clock.now(), bytes })
    this.total += bytes
    for (const [k, e] of this.entries) {
      if (
        this.entries.size <= this.limits.maxEntries &&
        this.total <= this.limits.maxBytes
      )
        break
      this.remove(k, e)
    }
  }

  /** RFL-S6: drops expired entries, oldest first; returns how many. */
  purge(): number {
    const cutoff = this.clock.now() - this.limits.ttlMs
    let n = 0
    for (const [k, e] of this.entries) {
      if (e.storedAt > cutoff) break
      this.remove(k, e)
      n++
    }
    return n
  }

  private remove(key: string, e: Entry): void {
    this.entries.delete(key)
    this.total -= e.bytes
  }
}
