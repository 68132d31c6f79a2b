import type { Timing } from "./timing"
import type { Observation } from "./verdict"

/** What grading needs of a protocol's driver context. */
export interface HeartbeatJudge {
  readonly timing: Timing
  readonly observe?: (o: Observation) => void
}

/**
 * A heartbeat is due within `gap` (1.5 intervals). One that comes later,
 * but before the receiver's liveness window (liveness × interval) runs out,
 * is irregular but harmless: no peer expires the sender for it (the
 * Guide's C broker polls with the interval as timeout, so its gaps reach
 * two intervals). That is non-strict; past the window, the await fails.
 */
export function heartbeatWindow(ctx: HeartbeatJudge, gap: number): number {
  const { liveness, heartbeatMs } = ctx.timing.declared
  return Math.max(gap, liveness * heartbeatMs)
}

/** Records a heartbeat that came after `gap` but within the window as non-strict on `rule`. */
export function gradeHeartbeat(
  ctx: HeartbeatJudge,
  rule: string,
  what: string,
  tookMs: number,
  gap: number,
): void {
  if (tookMs <= gap) return
  ctx.observe?.({
    rule,
    grade: "non-strict",
    detail: `Expected: ${what} within ${Math.round(gap)} ms (1.5 intervals)\nActual: it came after ${Math.round(tookMs)} ms: irregular, though within the liveness window (${Math.round(heartbeatWindow(ctx, gap))} ms), so no peer expires the sender for it`,
  })
}
