/** Honest request -> reply round trips over a run. */
export interface RoundTripStats {
  count: number
  maxMs: number
  totalMs: number
}

/** One honest round trip: its time in ms, or undefined if the deadline passed first. */
export type RoundTrip = (deadlineMs: number) => Promise<number | undefined>

/** A round trip that missed its deadline. */
export interface Missed {
  readonly number: number
  readonly deadlineMs: number
  /** performance.now() when it was sent. */
  readonly sentAt: number
}

export function newStats(): RoundTripStats {
  return { count: 0, maxMs: 0, totalMs: 0 }
}

/**
 * Round trips back to back until the signal aborts; resolves to the first
 * one that missed its deadline, or undefined. Each waits for the one before,
 * like a client with one request in flight.
 */
export async function roundTripsUntil(
  roundTrip: RoundTrip,
  stats: RoundTripStats,
  deadlineMs: number,
  signal: AbortSignal,
): Promise<Missed | undefined> {
  while (!signal.aborted) {
    const sentAt = performance.now()
    let ms: number | undefined
    try {
      ms = await roundTrip(deadlineMs)
    } catch (err) {
      if (signal.aborted) return undefined
      throw err
    }
    if (signal.aborted) return undefined
    if (ms === undefined) return { number: stats.count + 1, deadlineMs, sentAt }
    record(stats, ms)
  }
  return undefined
}

export function record(stats: RoundTripStats, ms: number): void {
  stats.count++
  stats.totalMs += ms
  stats.maxMs = Math.max(stats.maxMs, ms)
}
