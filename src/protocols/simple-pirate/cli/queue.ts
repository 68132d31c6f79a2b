import type { Command } from "commander"
import { serverCurve } from "../../../cli/curve-options"
import { createLogger, type LogLevel } from "../../../core/log"
import { intOption, logLevelOption } from "../../mdp/cli/options"
import { type QueueFault, queueFaults } from "../peers/faults"
import { SimplePirateQueue, simplePirateQueueDefaults } from "../peers/queue"
import { queueCommand, type QueueSocketArgs, serveQueue } from "./queue-command"

interface QueueArgs extends QueueSocketArgs {
  maxWorkers: number
  fault: QueueFault[]
  logLevel: LogLevel
}

/** `marque simple-pirate queue`: the reference Simple Pirate queue. */
export function registerQueue(group: Command): void {
  const cmd = group
    .command("queue")
    .description(
      "run the reference Simple Pirate queue: Lazy Pirate clients connect to --frontend, REQ workers to --backend; " +
        "each request goes to the worker ready longest; no heartbeat, no timer",
    )
  queueCommand(cmd, queueFaults)
    .addOption(
      intOption(
        "--max-workers <n>",
        "most workers in the ready list; READY beyond it is ignored",
        1,
        simplePirateQueueDefaults.maxWorkers,
      ),
    )
    .addOption(logLevelOption("info"))
    .action(async (o: QueueArgs) => {
      const name = "simple-pirate-queue"
      const logger = createLogger({ name, level: o.logLevel })
      // An unreadable or malformed key file throws here: exit 2, naming it.
      const curve = serverCurve(o)
      await serveQueue(
        new SimplePirateQueue({ ...o, curve, faults: o.fault, logger }),
        o,
      )
    })
}
