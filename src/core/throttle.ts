import type { Clock } from "./clock"

/**
 * Lets one event per key through per window and counts the rest. A peer
 * flooded with garbage must not flood its log too, but the log should still
 * say how much was suppressed.
 */
export class Throttle {
  private readonly windows = new Map<
    string,
    { until: number; suppressed: number }
  >()

  constructor(
    private readonly windowMs: number,
    private readonly clock: Clock,
  ) {}

  /**
   * Returns how many events of this key were suppressed since the last one
   * let through, or undefined when this one is suppressed too.
   */
  take(key: string): number | undefined {
    const now = this.clock.now()
    const w = this.windows.get(key)
    if (w && now < w.until) {
      w.suppressed++
      return undefined
    }
    const suppressed = w?.suppressed ?? 0
    this.windows.set(key, { until: now + this.windowMs, suppressed: 0 })
    return suppressed
  }
}
