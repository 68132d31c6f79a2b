import type { Clock } from "./clock"
import type { Logger, PeerEvent } from "./log"

/** What a Throttle forgets: a key, and how many of its events went unreported. */
export type Forgotten = (key: string, suppressed: number) => void

interface Window {
  until: number
  suppressed: number
}

/**
 * Lets one event per key through per window and counts the rest. A peer
 * flooded with garbage must not flood its log too, but the log should still
 * say how much was suppressed.
 *
 * Its memory is bounded whatever the keys: windows closed for a whole
 * window are swept (at most once per window: a key that comes back soon
 * still gets its count on its next line), and past `maxKeys` windows the
 * oldest is evicted. Keys carry peer-chosen text (a service name), so without
 * this a flood of made-up names would grow the map for ever. A key dropped
 * with events still untold is handed to `forgotten`, so the count is not lost.
 */
export class Throttle {
  private readonly windows = new Map<string, Window>()
  private sweptAt: number

  constructor(
    private readonly windowMs: number,
    private readonly clock: Clock,
    private readonly maxKeys = 1000,
    private readonly forgotten: Forgotten = () => undefined,
  ) {
    if (!(maxKeys >= 1)) throw new RangeError("maxKeys must be >= 1")
    this.sweptAt = clock.now()
  }

  /** Keys with a window held right now. */
  get size(): number {
    return this.windows.size
  }

  /**
   * Returns how many events of this key were suppressed since the last one
   * let through, or undefined when this one is suppressed too.
   */
  take(key: string): number | undefined {
    const now = this.clock.now()
    if (now - this.sweptAt >= this.windowMs) this.sweep(now)
    const w = this.windows.get(key)
    if (w && now < w.until) {
      w.suppressed++
      return undefined
    }
    const suppressed = w?.suppressed ?? 0
    if (w) {
      w.until = now + this.windowMs
      w.suppressed = 0
    } else {
      if (this.windows.size >= this.maxKeys) this.evictOldest()
      this.windows.set(key, { until: now + this.windowMs, suppressed: 0 })
    }
    return suppressed
  }

  /** Drops windows closed for a window's length; their counts go to `forgotten`. */
  private sweep(now: number): void {
    this.sweptAt = now
    for (const [key, w] of this.windows) {
      if (now < w.until + this.windowMs) continue
      this.windows.delete(key)
      if (w.suppressed > 0) this.forgotten(key, w.suppressed)
    }
  }

  private evictOldest(): void {
    // A Map iterates in insertion order: the first key is the oldest.
    const [key, w] = this.windows.entries().next().value!
    this.windows.delete(key)
    if (w.suppressed > 0) this.forgotten(key, w.suppressed)
  }
}

/**
 * A Throttle in front of a logger: the first line of each key per window,
 * carrying `suppressed`, how many of that key were left out since the last
 * line. This is how a peer reports a flood of what it refuses. The line is
 * built only when it is logged, so a flood costs no formatting. A key
 * forgotten with lines still untold gets one `throttled` line with its count.
 */
export class ThrottledLog {
  private readonly throttle: Throttle

  constructor(
    private readonly log: Logger,
    windowMs: number,
    clock: Clock,
    maxKeys?: number,
  ) {
    this.throttle = new Throttle(windowMs, clock, maxKeys, (key, suppressed) =>
      this.log.info({ event: "throttled", key, suppressed }),
    )
  }

  /** Keys the throttle holds right now (bounded by maxKeys). */
  get keys(): number {
    return this.throttle.size
  }

  note(key: string, level: "info" | "warn", line: () => PeerEvent): void {
    const suppressed = this.throttle.take(key)
    if (suppressed !== undefined) this.log[level]({ ...line(), suppressed })
  }
}
