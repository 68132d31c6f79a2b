import { setInterval, setTimeout } from "node:timers/promises"

/**
 * Yields every `ms` until the signal aborts, then ends quietly. Lets a peer
 * write its timer as `for await (const _ of every(ms, signal))`, like its
 * receive loop, instead of juggling callbacks.
 */
export async function* every(
  ms: number,
  signal: AbortSignal,
): AsyncGenerator<void> {
  if (signal.aborted) return
  try {
    for await (const _ of setInterval(ms, undefined, { signal })) yield
  } catch (err) {
    if (!signal.aborted) throw err
  }
}

/**
 * every(), yielding whether each tick came late: more than three periods
 * after the one before, as when the process stalled on a busy machine.
 */
export async function* ticks(
  ms: number,
  signal: AbortSignal,
): AsyncGenerator<boolean> {
  let last = performance.now()
  for await (const _ of every(ms, signal)) {
    const now = performance.now()
    yield now - last > 3 * ms
    last = now
  }
}

/** Waits `ms`; false if the signal aborted first. */
export async function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return false
  try {
    await setTimeout(ms, undefined, { signal })
    return true
  } catch (err) {
    if (signal.aborted) return false
    throw err
  }
}

/**
 * How often to check heartbeat deadlines: ten times per interval, at most
 * every 5 ms. Heartbeats and expiry then land within a tenth of an interval
 * of when they fall due, rather than up to a whole interval late, and a
 * heartbeat still never goes out more often than once per interval.
 */
export function tickPeriod(intervalMs: number): number {
  return Math.min(intervalMs, Math.max(5, Math.floor(intervalMs / 10)))
}
