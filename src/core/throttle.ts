import type { Clock } from "./clock"
import type { Logger, PeerEvent } from "./log"

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

/**
 * A Throttle in front of a logger: the first line of each key per window,
 * carrying `suppressed`, how many of that key were left out since the last
 * line. This is how a peer reports a flood of what it refuses. The line is
 * built only when it is logged, so a flood costs no formatting.
 */
export class ThrottledLog {
  private readonly throttle: Throttle

  constructor(
    private readonly log: Logger,
    windowMs: number,
    clock: Clock,
  ) {
    this.throttle = new Throttle(windowMs, clock)
  }

  note(key: string, level: "info" | "warn", line: () => PeerEvent): void {
    const suppressed = this.throttle.take(key)
    if (suppressed !== undefined) this.log[level]({ ...line(), suppressed })
  }
}
