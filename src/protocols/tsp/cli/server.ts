import type { Command } from "commander"
import {
  type CurveArgs,
  clientCurve,
  withCurveClient,
} from "../../../cli/curve-options"
import { createLogger, type LogLevel } from "../../../core/log"
import { spec as mdp } from "../../../generated/mdp-0.1"
import {
  endpoint,
  fail,
  faultHelp,
  faultOption,
  intOption,
  logLevelOption,
  maxFramesOption,
  maxMessageBytesOption,
  untilSignal,
} from "../../mdp/cli/options"
import { type ServerFault, serverFaults } from "../peers/faults"
import { serverDefaults, TitanicServer } from "../peers/server"

interface ServerArgs extends CurveArgs {
  connect: string
  store: string
  workers: number
  heartbeatMs: number
  liveness: number
  reconnectMs: number
  maxFrames: number
  maxMessageBytes: number
  clientTimeoutMs: number
  clientRetries: number
  dispatchers: number
  retryMs: number
  retryMaxMs: number
  maxRequests: number
  maxStoreBytes: number
  fault: ServerFault[]
  logLevel: LogLevel
}

export function registerServer(group: Command): void {
  const d = serverDefaults
  const cmd = group
    .command("server")
    .description(
      "run the reference Titanic server (9/TSP): MDP workers for titanic.request, titanic.reply and titanic.close that store every request durably in --store before answering, " +
        'and MDP clients that forward stored requests through the broker once mmi.service finds their service; prints "ready requests=N pending=M" once registered',
    )
    .requiredOption("--connect <endpoint>", "broker endpoint", endpoint)
    .requiredOption(
      "--store <dir>",
      "store directory (created if missing; one server per store)",
    )
    .addOption(
      intOption(
        "--workers <n>",
        "MDP workers per Titanic service",
        1,
        d.workers,
        64,
      ),
    )
    .addOption(
      intOption(
        "--heartbeat-ms <ms>",
        "the workers' HEARTBEAT interval",
        1,
        mdp.timing.heartbeatIntervalMs,
      ),
    )
    .addOption(
      intOption(
        "--liveness <n>",
        "silent intervals before the broker counts as gone",
        1,
        mdp.timing.heartbeatLiveness,
      ),
    )
    .addOption(
      intOption(
        "--reconnect-ms <ms>",
        "the workers' pause before reconnecting",
        0,
        mdp.timing.reconnectDelayMs,
      ),
    )
    .addOption(
      maxFramesOption(
        "over it, the worker leaves and the broker requeues the request",
      ),
    )
    .addOption(maxMessageBytesOption())
    .addOption(
      intOption(
        "--client-timeout-ms <ms>",
        "how long a forwarded request (and each mmi.service check) waits for its answer",
        1,
        d.clientTimeoutMs,
      ),
    )
    .addOption(
      intOption(
        "--client-retries <n>",
        "tries per forwarded request, a new socket each",
        1,
        d.clientRetries,
      ),
    )
    .addOption(
      intOption(
        "--dispatchers <n>",
        "requests forwarded at once",
        1,
        d.dispatchers,
        256,
      ),
    )
    .addOption(
      intOption(
        "--retry-ms <ms>",
        "first pause before trying an absent or silent service again (doubles, jittered)",
        1,
        d.retryMs,
      ),
    )
    .addOption(
      intOption("--retry-max-ms <ms>", "longest such pause", 1, d.retryMaxMs),
    )
    .addOption(
      intOption(
        "--max-requests <n>",
        "most requests stored at once; past it titanic.request answers 500",
        1,
        d.maxRequests,
      ),
    )
    .addOption(
      intOption(
        "--max-store-bytes <n>",
        "most bytes of stored requests and replies; past it titanic.request answers 500",
        1,
        d.maxStoreBytes,
      ),
    )
  withCurveClient(cmd)
    .addOption(faultOption(serverFaults))
    .addOption(logLevelOption("info"))
    .addHelpText("after", faultHelp(serverFaults))
    .action(async (o: ServerArgs) => {
      if (o.retryMaxMs < o.retryMs)
        fail("--retry-max-ms must be at least --retry-ms", 2)
      const logger = createLogger({ name: "tsp-server", level: o.logLevel })
      const server = new TitanicServer({
        ...o,
        // Towards the broker it is a client: an unreadable or malformed key
        // file throws here, exit 2, naming it.
        curve: clientCurve(o),
        dir: o.store,
        faults: o.fault,
        logger,
      })
      try {
        await server.start()
      } catch (err) {
        fail(`cannot start on ${o.store}: ${(err as Error).message}`, 2)
      }
      // Listening before saying ready: a SIGTERM sent the moment the line
      // is read must find the handler in place, not the default (death).
      const stopped = untilSignal()
      process.stdout.write(`ready pending=${server.backlog}\n`)
      await stopped
      await server.stop()
      process.exit(0)
    })
}
