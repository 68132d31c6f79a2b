import { UsageError } from "../errors"
import type { ScenarioResult } from "./collect"
import { stepWatch } from "./backstop"
import { iutGroups } from "./iut"
import {
  runCucumberJob,
  type CucumberJob,
  type PlannedScenario,
} from "./run-cucumber"

/**
 * What the scenario process tells its supervisor (src/harness/supervise.ts),
 * over the IPC channel `fork` opens. Each message leaves before the next
 * step of the run, so what it said survives the process dying later.
 */
export type ChildEvent =
  | { t: "planned"; scenarios: PlannedScenario[] }
  | { t: "start"; name: string; requirements: string[]; where: string }
  | { t: "finish"; result: ScenarioResult }
  | { t: "iut"; pid: number; up: boolean }
  | { t: "beat"; backstopMs: number }
  | { t: "usage"; message: string }
  | { t: "fatal"; message: string }
  | { t: "done" }

const send = (e: ChildEvent, then?: () => void): void => {
  process.send!(e, undefined, {}, () => then?.())
}

/** Runs one part of a supervised run: the job arrives as the first message. */
process.once("message", (job: CucumberJob) => {
  iutGroups.up = pid => send({ t: "iut", pid, up: true })
  iutGroups.down = pid => send({ t: "iut", pid, up: false })
  stepWatch.beat = backstopMs => send({ t: "beat", backstopMs })
  runCucumberJob(job, {
    planned: scenarios => send({ t: "planned", scenarios }),
    start: (name, requirements, where = "") =>
      send({ t: "start", name, requirements: [...requirements], where }),
    finish: result => send({ t: "finish", result }),
  }).then(
    // Exit at once: a driver's leftover socket or timer must not hold the run.
    () => send({ t: "done" }, () => process.exit(0)),
    (err: Error) =>
      err instanceof UsageError
        ? send({ t: "usage", message: err.message }, () => process.exit(2))
        : send({ t: "fatal", message: err.stack ?? err.message }, () =>
            process.exit(1),
          ),
  )
})
