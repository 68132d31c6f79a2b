import type { Command } from "commander"
import {
  type CurveArgs,
  clientCurve,
  withCurveClient,
} from "../../../cli/curve-options"
import { createLogger, type LogLevel } from "../../../core/log"
import {
  endpoint,
  fail,
  faultHelp,
  faultOption,
  intOption,
  logLevelOption,
  untilSignal,
} from "../../mdp/cli/options"
import { type WorkerFault, workerFaults } from "../peers/faults"
import {
  PppWorker,
  pppWorkerDefaults,
  type RequestHandler,
} from "../peers/worker"

interface WorkerArgs extends CurveArgs {
  connect: string
  heartbeatMs: number
  liveness: number
  reconnectMs: number
  reconnectMaxMs: number
  busyMs: number
  fault: WorkerFault[]
  logLevel: LogLevel
}

/** `marque ppp worker`: the reference Paranoid Pirate echo worker. */
export function registerWorker(group: Command): void {
  const d = pppWorkerDefaults
  const cmd = group
    .command("worker")
    .description(
      "run the reference Paranoid Pirate echo worker: READY, then each REPLY carries the REQUEST's content back; " +
        "when the queue is silent for --liveness intervals, a new socket and READY after a doubling, jittered pause",
    )
    .requiredOption("--connect <endpoint>", "queue backend endpoint", endpoint)
    .addOption(
      intOption(
        "--heartbeat-ms <ms>",
        "HEARTBEAT interval towards the queue",
        1,
        d.heartbeatMs,
      ),
    )
    .addOption(
      intOption(
        "--liveness <n>",
        "silent intervals before the queue counts as gone",
        1,
        d.liveness,
      ),
    )
    .addOption(
      intOption(
        "--reconnect-ms <ms>",
        "first pause before reconnecting on a new socket",
        0,
        d.reconnectMs,
      ),
    )
    .addOption(
      intOption(
        "--reconnect-max-ms <ms>",
        "the pause doubles after each loss up to this",
        0,
        d.reconnectMaxMs,
      ),
    )
    .addOption(
      intOption(
        "--busy-ms <ms>",
        'time spent on a request whose first content frame is "busy" (to judge heartbeats while busy)',
        0,
        0,
      ),
    )
  withCurveClient(cmd)
    .addOption(faultOption(workerFaults))
    .addOption(logLevelOption("info"))
    .addHelpText("after", faultHelp(workerFaults))
    .action(async (o: WorkerArgs) => {
      if (o.reconnectMaxMs < o.reconnectMs)
        fail("--reconnect-max-ms must be at least --reconnect-ms", 2)
      const logger = createLogger({ name: "ppp-worker", level: o.logLevel })
      const handler = echo(o.busyMs)
      // An unreadable or malformed key file throws here: exit 2, naming it.
      const curve = clientCurve(o)
      const worker = new PppWorker({
        ...o,
        curve,
        faults: o.fault,
        handler,
        logger,
      })
      // Listening before the ready line: a SIGTERM sent the moment it
      // appears is a clean stop, not a kill by the default handler.
      const stopped = untilSignal()
      try {
        await worker.start()
      } catch (err) {
        fail(`cannot connect to ${o.connect}: ${(err as Error).message}`, 2)
      }
      await stopped
      await worker.stop()
      process.exit(0)
    })
}

/** The echo service; a request starting with "busy" takes busyMs first. */
function echo(busyMs: number): RequestHandler {
  return async body => {
    if (busyMs > 0 && body[0]?.toString() === "busy")
      await new Promise(resolve => setTimeout(resolve, busyMs))
    return body
  }
}
