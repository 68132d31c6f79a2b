import type { Command } from "commander"
import { createLogger, type LogLevel } from "../../core/log"
import { MdpBroker } from "../../peers/mdp/broker"
import { brokerDefaults } from "../../peers/mdp/broker-options"
import { type BrokerFault, brokerFaults } from "../../peers/mdp/faults"
import {
  endpoint,
  fail,
  faultHelp,
  faultOption,
  intOption,
  logLevelOption,
  untilSignal,
} from "./options"

interface BrokerArgs {
  bind: string
  heartbeatMs: number
  liveness: number
  requestExpiryMs: number
  maxQueue: number
  maxWorkers: number
  fault: BrokerFault[]
  logLevel: LogLevel
}

export function registerBroker(program: Command): void {
  const d = brokerDefaults
  program
    .command("broker")
    .description(
      "run the reference 7/MDP broker with 8/MMI; it serves MDP/0.1 only (one protocol version per bind)",
    )
    .requiredOption(
      "--bind <endpoint>",
      "endpoint to bind, e.g. tcp://127.0.0.1:5555 or tcp://127.0.0.1:*",
      endpoint,
    )
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
        "silent intervals before a worker is forgotten",
        1,
        d.liveness,
      ),
    )
    .addOption(
      intOption(
        "--request-expiry-ms <ms>",
        "how long a request waits for a worker; 0 = forever",
        0,
        d.requestExpiryMs,
      ),
    )
    .addOption(
      intOption(
        "--max-queue <n>",
        "most requests waiting per service; later ones are dropped",
        1,
        d.maxQueue,
      ),
    )
    .addOption(
      intOption(
        "--max-workers <n>",
        "most registered workers; READY beyond it gets DISCONNECT",
        1,
        d.maxWorkers,
      ),
    )
    .addOption(faultOption(brokerFaults))
    .addOption(logLevelOption("info"))
    .addHelpText("after", faultHelp(brokerFaults))
    .action(async (o: BrokerArgs) => {
      const logger = createLogger({ name: "mdp-broker", level: o.logLevel })
      // The parsed options are named like MdpBrokerOptions.
      const broker = new MdpBroker({ ...o, faults: o.fault, logger })
      let bound: string
      try {
        bound = await broker.start()
      } catch (err) {
        fail(`cannot bind ${o.bind}: ${(err as Error).message}`, 2)
      }
      process.stdout.write(`bound ${bound}\n`)
      await untilSignal()
      await broker.stop()
      process.exit(0)
    })
}
