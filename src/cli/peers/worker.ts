import type { Command } from "commander"
import { createLogger, type LogLevel } from "../../core/log"
import { spec } from "../../generated/mdp-0.1"
import { type WorkerFault, workerFaults } from "../../peers/mdp/faults"
import { MdpWorker } from "../../peers/mdp/worker"
import {
  endpoint,
  fail,
  faultHelp,
  faultOption,
  intOption,
  logLevelOption,
  serviceName,
  untilSignal,
} from "./options"

interface WorkerArgs {
  connect: string
  service: string
  heartbeatMs: number
  liveness: number
  reconnectMs: number
  fault: WorkerFault[]
  logLevel: LogLevel
}

export function registerWorker(program: Command): void {
  program
    .command("worker")
    .description(
      "run a reference 7/MDP (0.1) echo worker: each REPLY carries the REQUEST body back",
    )
    .requiredOption("--connect <endpoint>", "broker endpoint", endpoint)
    .requiredOption(
      "--service <name>",
      "service to register with READY",
      serviceName,
    )
    .addOption(
      intOption(
        "--heartbeat-ms <ms>",
        "HEARTBEAT interval towards the broker",
        1,
        spec.timing.heartbeatIntervalMs,
      ),
    )
    .addOption(
      intOption(
        "--liveness <n>",
        "silent intervals before the broker counts as gone",
        1,
        spec.timing.heartbeatLiveness,
      ),
    )
    .addOption(
      intOption(
        "--reconnect-ms <ms>",
        "pause before reconnecting on a new socket",
        0,
        spec.timing.reconnectDelayMs,
      ),
    )
    .addOption(faultOption(workerFaults))
    .addOption(logLevelOption("info"))
    .addHelpText("after", faultHelp(workerFaults))
    .action(async (o: WorkerArgs) => {
      const logger = createLogger({ name: "mdp-worker", level: o.logLevel })
      const handler = async (body: Buffer[]) => body
      const worker = new MdpWorker({ ...o, faults: o.fault, handler, logger })
      try {
        await worker.start()
      } catch (err) {
        fail(`cannot connect to ${o.connect}: ${(err as Error).message}`, 2)
      }
      await untilSignal()
      await worker.stop()
      process.exit(0)
    })
}
