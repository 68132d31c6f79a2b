import type { Command } from "commander"
import { serverCurve } from "../../../cli/curve-options"
import { createLogger, type LogLevel } from "../../../core/log"
import { intOption, logLevelOption } from "../../mdp/cli/options"
import {
  queueCommand,
  type QueueSocketArgs,
  serveQueue,
} from "../../simple-pirate/cli/queue-command"
import { type QueueFault, queueFaults } from "../peers/faults"
import { PppQueue, pppQueueDefaults } from "../peers/queue"

interface QueueArgs extends QueueSocketArgs {
  heartbeatMs: number
  liveness: number
  maxWorkers: number
  fault: QueueFault[]
  logLevel: LogLevel
}

/** `marque ppp queue`: the reference Paranoid Pirate queue. */
export function registerQueue(group: Command): void {
  const d = pppQueueDefaults
  const cmd = group
    .command("queue")
    .description(
      "run the reference Paranoid Pirate queue: Lazy Pirate clients connect to --frontend, 6/PPP workers to --backend; " +
        "least-recently-used dispatch, HEARTBEAT to idle and busy workers, silent workers purged and their request given to another",
    )
  queueCommand(cmd, queueFaults)
    .addOption(
      intOption(
        "--heartbeat-ms <ms>",
        "HEARTBEAT interval towards workers",
        1,
        d.heartbeatMs,
      ),
    )
    .addOption(
      intOption(
        "--liveness <n>",
        "silent intervals before a worker is purged",
        1,
        d.liveness,
      ),
    )
    .addOption(
      intOption(
        "--max-workers <n>",
        "most registered workers; READY beyond it is ignored",
        1,
        d.maxWorkers,
      ),
    )
    .addOption(logLevelOption("info"))
    .action(async (o: QueueArgs) => {
      const logger = createLogger({ name: "ppp-queue", level: o.logLevel })
      // An unreadable or malformed key file throws here: exit 2, naming it.
      const curve = serverCurve(o)
      await serveQueue(
        new PppQueue({ ...o, curve, faults: o.fault, logger }),
        o,
      )
    })
}
