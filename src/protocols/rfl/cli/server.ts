import type { Command } from "commander"
import {
  type CurveArgs,
  serverCurve,
  withCurveServer,
} from "../../../cli/curve-options"
import { createLogger, type LogLevel } from "../../../core/log"
import { spec } from "../../../generated/rfl"
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
import { RflServer } from "../peers/server"

interface ServerArgs extends CurveArgs {
  bind: string
  serverId?: string
  counter?: boolean
  workMs: number
  ttlMs: number
  purgeMs: number
  maxEntries: number
  maxBytes: number
  maxMessageBytes: number
  fault: ServerFault[]
  logLevel: LogLevel
}

export function registerServer(group: Command): void {
  const cmd = group
    .command("server")
    .description(
      "Reliable Freelance server (the pyzmq seed's dialect, its defects fixed): answers HEARTBEAT with its server id, runs each request id once and answers repeats from a bounded cache; the work is an echo of the payload",
    )
    .requiredOption("--bind <endpoint>", "where to bind", endpoint)
    .option(
      "--server-id <id>",
      "the id in heartbeat replies (default: the bound endpoint, RFL-S16)",
    )
    .option(
      "--counter",
      "put the number of executions so far before each echo (how the suite counts runs)",
    )
    .addOption(
      intOption("--work-ms <ms>", "time each execution takes", 0, 0, 3_600_000),
    )
    .addOption(
      intOption(
        "--ttl-ms <ms>",
        "how long an answer is cached (RFL-S5)",
        1,
        spec.timing.cacheTtlMs,
      ),
    )
    .addOption(
      intOption(
        "--purge-ms <ms>",
        "how often expired answers are purged (RFL-S6)",
        1,
        spec.timing.cacheCleanupIntervalMs,
      ),
    )
    .addOption(
      intOption("--max-entries <n>", "most cached answers (RFL-S9)", 1, 10_000),
    )
    .addOption(
      intOption(
        "--max-bytes <n>",
        "most bytes of cached answers (RFL-S9)",
        1,
        64 << 20,
      ),
    )
    .addOption(
      intOption(
        "--max-message-bytes <n>",
        "largest message accepted; libzmq drops a larger sender",
        1,
        1 << 20,
      ),
    )
  withCurveServer(cmd)
    .addOption(faultOption(serverFaults))
    .addOption(logLevelOption("info"))
    .addHelpText("after", faultHelp(serverFaults))
    .action(async (o: ServerArgs) => {
      const logger = createLogger({ name: "rfl-server", level: o.logLevel })
      const server = new RflServer({
        bind: o.bind,
        serverId: o.serverId,
        counter: o.counter === true,
        workMs: o.workMs,
        ttlMs: o.ttlMs,
        purgeIntervalMs: o.purgeMs,
        maxEntries: o.maxEntries,
        maxBytes: o.maxBytes,
        maxMessageBytes: o.maxMessageBytes,
        // An unreadable or malformed key file throws here: exit 2, naming it.
        curve: serverCurve(o),
        faults: o.fault,
        logger,
      })
      // Listening before the ready line: a SIGTERM sent the moment it
      // appears is a clean stop, not a kill by the default handler.
      const stopped = untilSignal()
      try {
        await server.start()
      } catch (err) {
        failToStart(err, `cannot bind ${o.bind}`)
      }
      process.stdout.write(`bound ${server.endpoint} as ${server.serverId}\n`)
      await stopped
      await server.stop()
      process.exit(0)
    })
}
