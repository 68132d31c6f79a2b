import type { Command } from "commander"
import {
  type CurveArgs,
  serverCurve,
  withCurveServer,
} from "../../../cli/curve-options"
import { createLogger, type LogLevel } from "../../../core/log"
import {
  endpoint,
  failToStart,
  faultHelp,
  faultOption,
  intOption,
  logLevelOption,
  untilSignal,
} from "../../mdp/cli/options"
import { type ServerFault, serverFaults } from "../peers/faults"
import { EchoServer } from "../peers/server"

interface ServerArgs extends CurveArgs {
  bind: string
  workMs: number
  fault: ServerFault[]
  logLevel: LogLevel
}

/** `marque lazy-pirate server`: the plain REP echo server. */
export function registerServer(group: Command): void {
  const cmd = group
    .command("server")
    .description(
      "run the plain REP echo server of the Lazy Pirate pattern: each request is answered once, with its own bytes",
    )
    .requiredOption(
      "--bind <endpoint>",
      "endpoint to bind, e.g. tcp://127.0.0.1:5555",
      endpoint,
    )
    .addOption(intOption("--work-ms <ms>", "simulated work per request", 0, 0))
  withCurveServer(cmd)
    .addOption(faultOption(serverFaults))
    .addOption(logLevelOption("info"))
    .addHelpText("after", faultHelp(serverFaults))
    .action(async (o: ServerArgs) => {
      const logger = createLogger({
        name: "lazy-pirate-server",
        level: o.logLevel,
      })
      // An unreadable or malformed key file throws here: exit 2, naming it.
      const curve = serverCurve(o)
      const server = new EchoServer({ ...o, curve, faults: o.fault, logger })
      let bound: string
      // Listening before the ready line: a SIGTERM sent the moment it
      // appears is a clean stop, not a kill by the default handler.
      const stopped = untilSignal()
      try {
        bound = await server.start()
      } catch (err) {
        failToStart(err, `cannot bind ${o.bind}`)
      }
      process.stdout.write(`bound ${bound}\n`)
      await stopped
      await server.stop()
      process.exit(0)
    })
}
