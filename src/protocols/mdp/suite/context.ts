import type { Timing } from "../../../harness/timing"
import type { Transcript } from "../../../harness/transcript"
import type { Observation } from "../../../harness/verdict"
import type { MdpDialect } from "./dialect"

/** What every MDP driver needs from the scenario. */
export interface DriverContext {
  readonly transcript: Transcript
  readonly timing: Timing
  /** Where clients connect. */
  readonly clientEndpoint: string
  /** Where workers connect (the same endpoint for a single-socket broker). */
  readonly workerEndpoint: string
  /** The requirement a scenario checks first: blamed when an expected event never comes. */
  readonly primaryRule: string
  /** Why the IUT can no longer answer (it exited), or undefined while it runs. */
  readonly iutGone?: () => string | undefined
  /** Records a graded outcome that does not stop the scenario (a broken SHOULD, an irregular heartbeat). */
  readonly observe?: (o: Observation) => void
  /**
   * Starts an IUT that exited again (same command, same endpoints), when
   * the suite started it; undefined when the IUT was already running.
   */
  readonly restartIut?: () => Promise<void>
  /** The Majordomo version under test: its frames. */
  readonly dialect: MdpDialect
}
