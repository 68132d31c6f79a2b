import type { Timing } from "../../../harness/timing"
import type { Transcript } from "../../../harness/transcript"

/** What every Pirate driver needs from the scenario. */
export interface DriverContext {
  readonly transcript: Transcript
  readonly timing: Timing
  /** The requirement a scenario checks first: blamed when an expected event never comes. */
  readonly primaryRule: string
  /** Why the IUT can no longer answer (it exited), or undefined while it runs. */
  readonly iutGone?: () => string | undefined
}

/** Frames as a failure message shows them: ["7"] or ["a", 0x01]. */
export function showFrames(frames: readonly Buffer[]): string {
  return `[${frames
    .map(f =>
      /^[\x20-\x7e]*$/.test(f.toString("latin1"))
        ? JSON.stringify(f.toString("latin1"))
        : `0x${f.toString("hex")}`,
    )
    .join(", ")}]`
}

export function sameFrames(
  a: readonly Buffer[],
  b: readonly Buffer[],
): boolean {
  return a.length === b.length && a.every((f, i) => f.equals(b[i]))
}

export const pause = (ms: number) =>
  new Promise<void>(resolve => setTimeout(resolve, Math.max(0, ms)))
