/**
 * A source of "now" in milliseconds. Timing logic takes one of these instead
 * of calling Date.now() so that tests can step time by hand (nats.js style).
 */
export interface Clock {
  now(): number
}

/**
 * Wall-clock independent time: performance.now() never jumps when the system
 * clock is set, so a heartbeat deadline cannot move backwards.
 */
export const systemClock: Clock = { now: () => performance.now() }

/** A clock that moves only when told to. For unit tests. */
export class ManualClock implements Clock {
  constructor(private time = 0) {}

  now(): number {
    return this.time
  }

  advance(ms: number): void {
    if (ms < 0) throw new RangeError("a clock cannot go backwards")
    this.time += ms
  }
}
