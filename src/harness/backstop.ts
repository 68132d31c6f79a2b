import type { SuiteConfig } from "./config"
import { Timing } from "./timing"

/**
 * The last line of defence against a hung step or hook. Every wait in the
 * drivers has its own deadline, derived from the IUT's declared timings; this
 * one catches what they cannot (a send that blocks on a full queue, a bug in a
 * driver). It scales with those timings, so a slow IUT is never cut short by
 * a fixed number, and failing it fails the scenario, not the run.
 */
export function backstopMs(config: SuiteConfig): number {
  const t = new Timing(config.timing)
  // The longest a single step may honestly take: start an IUT, wait out a
  // few expiry windows, then a reply; doubled.
  return 2 * (config.startTimeoutMs + 4 * t.reconnectDue + t.reply) + 5000
}

/**
 * Told when each step or hook starts and ends, with its backstop: the
 * scenario process passes it to its supervisor, whose watchdog kills a
 * process that goes silent for longer (an event loop blocked, so that not
 * even the backstop's timer can fire; src/harness/supervise.ts).
 */
export const stepWatch: { beat?: (backstopMs: number) => void } = {}

export class StepTimeout extends Error {
  constructor(readonly ms: number) {
    super(
      `the step did not finish within ${Math.round(ms)} ms (the suite's backstop, ${Math.round(ms / 1000)} s from the declared timings): the IUT stopped responding, or a wait had no deadline`,
    )
    this.name = "StepTimeout"
  }
}

/** `work`, or a StepTimeout after `ms`. The timer is ref'd on purpose: a hung step must not let the process exit silently. */
export async function withinBackstop<T>(
  work: Promise<T> | T,
  ms: number,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StepTimeout(ms)), ms)
  })
  try {
    return await Promise.race([Promise.resolve(work), expired])
  } finally {
    clearTimeout(timer)
  }
}
