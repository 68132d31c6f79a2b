import type { Command } from "commander"
import {
  type CurveArgs,
  serverCurve,
  withCurveServer,
} from "../../../cli/curve-options"
import { createLogger, type LogLevel } from "../../../core/log"
import {
  endpoint,
  fail,
  failToStart,
  faultHelp,
  faultOption,
  intOption,
  logLevelOption,
  untilSignal,
} from "../../mdp/cli/options"
import { type ServerFault, serverFaults } from "../peers/faults"
import { FlpServer } from "../peers/server"

interface ServerArgs extends CurveArgs {
  bind: string
  identity?: string
  workMs: number
  maxMessageBytes: number
  fault: ServerFault[]
  logLevel: LogLevel
}

export function registerServer(group: Command): void {
  const cmd = group
    .command("server")
    .description(
      "10/FLP server: a ROUTER whose identity is its public endpoint; answers PING with PONG and echoes each request's CCF and body",
    )
    .requiredOption(
      "--bind <endpoint>",
      "where to bind, with a fixed port (it is also the identity)",
      endpoint,
    )
    .option(
      "--identity <endpoint>",
      "the public endpoint clients connect to, when not the bind endpoint (FLP-10)",
      endpoint,
    )
    .addOption(
      intOption("--work-ms <ms>", "time each request takes", 0, 0, 3_600_000),
    )
    .addOption(
      intOption(
        "--max-message-bytes <n>",
        "largest message accepted; libzmq drops the connection of a larger sender",
        1,
        1 << 20,
      ),
    )
  withCurveServer(cmd)
    .addOption(faultOption(serverFaults))
    .addOption(logLevelOption("info"))
    .addHelpText("after", faultHelp(serverFaults))
    .action(async (o: ServerArgs) => {
      const logger = createLogger({ name: "flp-server", level: o.logLevel })
      // Listening before the bind: a stop that comes right after "bound"
      // (or during start-up) is a clean stop, never the default kill.
      const stopped = untilSignal()
      let server: FlpServer
      try {
        server = new FlpServer({
          bind: o.bind,
          identity: o.identity,
          workMs: o.workMs,
          maxMessageBytes: o.maxMessageBytes,
          curve: serverCurve(o),
          faults: o.fault,
          logger,
        })
      } catch (err) {
        fail((err as Error).message, 2)
      }
      try {
        await server.start()
      } catch (err) {
        failToStart(err, `cannot bind ${o.bind}`)
      }
      process.stdout.write(`bound ${server.endpoint} as ${server.identity}\n`)
      await stopped
      await server.stop()
      process.exit(0)
    })
}
