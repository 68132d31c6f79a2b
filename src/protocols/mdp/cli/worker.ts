import {
  type CurveArgs,
  clientCurve,
  curveClientFlags,
} from "../../../cli/curve-options"
import type { Command } from "commander"
import { exitFatal, exitOnUnhandled } from "../../../core/fatal"
import { createLogger, type LogLevel } from "../../../core/log"
import { spec } from "../../../generated/mdp-0.1"
import { type WorkerFault, workerFaults } from "../peers/faults"
import type { MdpProtocol } from "../peers/protocol"
import { MdpWorker, reconnectMaxMs, type RequestHandler } from "../peers/worker"
import { workerDialect } from "../peers/worker-dialect"
import {
  endpoint,
  fail,
  faultHelp,
  faultOption,
  faultVersionHelp,
  intOption,
  logLevelOption,
  maxFramesOption,
  maxMessageBytesOption,
  protocolOption,
  receiveHwmOption,
  sendHwmOption,
  serviceName,
  untilSignal,
} from "./options"

interface WorkerArgs extends CurveArgs {
  connect: string
  service: string
  protocol: MdpProtocol
  partials: number
  busyMs: number
  heartbeatMs: number
  liveness: number
  reconnectMs: number
  reconnectMaxMs: number
  maxFrames: number
  maxMessageBytes: number
  sendHwm: number
  receiveHwm: number
  fault: WorkerFault[]
  logLevel: LogLevel
}

export function registerWorker(program: Command): void {
  const [curveServerKey, curveKey] = curveClientFlags()
  program
    .command("worker")
    .description(
      "run a reference Majordomo echo worker speaking 7/MDP (mdp/0.1) or 18/MDP (mdp/0.2), one version per process, chosen with --protocol: " +
        "each REPLY (0.1), or FINAL after --partials PARTIALs (0.2), carries the REQUEST body back",
    )
    .requiredOption("--connect <endpoint>", "broker endpoint", endpoint)
    .requiredOption(
      "--service <name>",
      "service to register with READY",
      serviceName,
    )
    .addOption(protocolOption())
    .addOption(
      intOption(
        "--partials <n>",
        "PARTIALs echoing the body before the FINAL (mdp/0.2 only)",
        0,
        0,
      ),
    )
    .addOption(
      intOption(
        "--busy-ms <ms>",
        'time spent on a request whose first body frame is "busy" (to judge heartbeats while busy)',
        0,
        0,
      ),
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
        "pause before reconnecting on a new socket; doubles while the broker stays silent, jittered down by up to 20%",
        0,
        spec.timing.reconnectDelayMs,
      ),
    )
    .addOption(
      intOption(
        "--reconnect-max-ms <ms>",
        "the longest pause between reconnects (at least --reconnect-ms)",
        0,
        reconnectMaxMs,
      ),
    )
    .addOption(maxFramesOption(overLimit))
    .addOption(maxMessageBytesOption())
    .addOption(sendHwmOption(dealerFull))
    .addOption(receiveHwmOption())
    .addOption(curveServerKey)
    .addOption(curveKey)
    .addOption(faultOption(workerFaults))
    .addOption(logLevelOption("info"))
    .addHelpText(
      "after",
      faultHelp(workerFaults) +
        faultVersionHelp("mdp/0.2", workerDialect("mdp/0.2").faultRules, [
          "drop-address-delimiter drops it from every PARTIAL and the FINAL",
        ]),
    )
    .action(async (o: WorkerArgs, cmd: Command) => {
      // 7/MDP has exactly one REPLY per REQUEST: nothing to send PARTIALs with.
      const partialsGiven = cmd.getOptionValueSource("partials") === "cli"
      if (partialsGiven && o.protocol !== "mdp/0.2")
        fail("--partials needs --protocol mdp/0.2 (7/MDP has no PARTIAL)", 2)
      if (o.reconnectMaxMs < o.reconnectMs)
        fail("--reconnect-max-ms must be at least --reconnect-ms", 2)
      const logger = createLogger({ name: "mdp-worker", level: o.logLevel })
      exitOnUnhandled(logger)
      const onFatal = (err: unknown) => exitFatal(logger, "worker", err)
      const handler = echo(o.partials, o.busyMs)
      const faults = o.fault
      let curve
      try {
        curve = clientCurve(o)
      } catch (err) {
        fail((err as Error).message, 2)
      }
      const worker = new MdpWorker({
        ...o,
        curve,
        faults,
        handler,
        logger,
        onFatal,
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

/** What the worker does with a REQUEST over --max-frames or --max-message-bytes. */
const overLimit =
  "over it, the worker sends DISCONNECT and reconnects, so the broker requeues the REQUEST (keep it at least the broker's)"

/** What the worker's DEALER does when its send queue is full. */
const dealerFull =
  "past it, a send waits for room for at most one heartbeat interval"

/**
 * The echo service: the body back, after `partials` PARTIALs of it. A body
 * starting with "busy" takes `busyMs` first, the suite's way to make a worker
 * busy long enough to see whether it heartbeats meanwhile.
 */
function echo(partials: number, busyMs: number): RequestHandler {
  const work = (body: Buffer[]) =>
    body[0]?.toString() === "busy"
      ? new Promise(r => setTimeout(r, busyMs))
      : undefined
  if (partials === 0) return async body => (await work(body), body)
  return async function* (body) {
    await work(body)
    for (let i = 0; i <= partials; i++) yield body
  }
}
