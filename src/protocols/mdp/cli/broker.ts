import { type Command, Option } from "commander"
import {
  type CurveArgs,
  curveServerFlags,
  serverCurve,
} from "../../../cli/curve-options"
import { exitFatal, exitOnUnhandled } from "../../../core/fatal"
import { createLogger, type LogLevel } from "../../../core/log"
import { MdpBroker } from "../peers/broker"
import {
  brokerDialect,
  type MdpBrokerProtocol,
  brokerProtocols,
} from "../peers/broker-dialect"
import { brokerDefaults } from "../peers/broker-options"
import { type BrokerFault, brokerFaults } from "../peers/faults"
import {
  endpoint,
  fail,
  failToStart,
  faultHelp,
  faultOption,
  intOption,
  logLevelOption,
  maxFramesOption,
  maxMessageBytesOption,
  receiveHwmOption,
  sendHwmOption,
  untilSignal,
} from "./options"

interface BrokerArgs extends CurveArgs {
  /** Every --bind, in order: one ROUTER binds them all (a frontend and a backend, MDP-5). */
  bind: string[]
  protocol: MdpBrokerProtocol
  heartbeatMs: number
  liveness: number
  requestExpiryMs: number
  maxQueue: number
  maxQueuedRequests: number
  maxQueuedBytes: number
  maxServices: number
  maxRequeues: number
  maxWorkers: number
  maxFrames: number
  maxMessageBytes: number
  sendHwm: number
  receiveHwm: number
  fault: BrokerFault[]
  logLevel: LogLevel
}

export function registerBroker(program: Command): void {
  const d = brokerDefaults
  const [curveKey, curveAllow] = curveServerFlags()
  program
    .command("broker")
    .description(
      "run the reference Majordomo broker with 8/MMI, speaking 7/MDP (MDP/0.1) or 18/MDP (MDP/0.2); it serves exactly one protocol version per bind, chosen with --protocol (the two are not wire compatible)",
    )
    .requiredOption(
      "--bind <endpoint>",
      "endpoint to bind, e.g. tcp://127.0.0.1:5555 or tcp://127.0.0.1:*; give it twice to bind a frontend for clients and a backend for workers (one socket serves both)",
      (v: string, prev?: string[]) => [...(prev ?? []), endpoint(v)],
    )
    .addOption(
      new Option(
        "--protocol <version>",
        "the one MDP version served on this bind",
      )
        .choices(brokerProtocols)
        .default(d.protocol),
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
        "most requests waiting per service; later ones are dropped unanswered",
        1,
        d.maxQueue,
      ),
    )
    .addOption(
      intOption(
        "--max-queued-requests <n>",
        "most requests waiting, all services together; later ones are dropped unanswered",
        1,
        d.maxQueuedRequests,
      ),
    )
    .addOption(
      intOption(
        "--max-queued-bytes <n>",
        "most body bytes waiting, all services together; a request that would pass it is dropped unanswered",
        1,
        d.maxQueuedBytes,
      ),
    )
    .addOption(
      intOption(
        "--max-services <n>",
        "most services known at once; a REQUEST for one more is dropped unanswered, a READY for one more gets DISCONNECT",
        1,
        d.maxServices,
      ),
    )
    .addOption(
      intOption(
        "--max-requeues <n>",
        "times a request goes back to its queue when its worker is lost; lost once more, it is dropped as poison (logged)",
        0,
        d.maxRequeues,
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
    .addOption(maxFramesOption(overLimit))
    .addOption(maxMessageBytesOption())
    .addOption(
      sendHwmOption(
        "past it, what the broker sends that peer is dropped at once (a REQUEST goes back to its queue)",
      ),
    )
    .addOption(receiveHwmOption())
    .addOption(curveKey)
    .addOption(curveAllow)
    .addOption(faultOption(brokerFaults))
    .addOption(logLevelOption("info"))
    .addHelpText("after", faultHelp(brokerFaults) + versionNotes())
    .action(async (o: BrokerArgs) => {
      const logger = createLogger({ name: "mdp-broker", level: o.logLevel })
      exitOnUnhandled(logger)
      const onFatal = (err: unknown) => exitFatal(logger, "broker", err)
      let broker: MdpBroker
      try {
        const curve = serverCurve(o)
        // The parsed options are named like MdpBrokerOptions.
        broker = new MdpBroker({
          ...o,
          bind: o.bind[0],
          alsoBind: o.bind.slice(1),
          curve,
          faults: o.fault,
          logger,
          onFatal,
        })
      } catch (err) {
        // A fault the chosen version has no frames for, or an unreadable
        // key file: a usage error.
        fail((err as Error).message, 2)
      }
      let bound: string
      // Listening before the ready line: a SIGTERM sent the moment it
      // appears is a clean stop, not a kill by the default handler.
      const stopped = untilSignal()
      try {
        bound = await broker.start()
      } catch (err) {
        failToStart(err, `cannot bind ${o.bind.join(" and ")}`)
      }
      process.stdout.write(`bound ${bound}\n`)
      await stopped
      await broker.stop()
      process.exit(0)
    })
}

/** What the broker does with a message over --max-frames or --max-message-bytes. */
const overLimit =
  "a REQUEST over it is dropped unanswered (MDP has no error reply); a worker answer over it gets the worker DISCONNECT and its request dropped"

/** How the fault switches read under each version but the default one. */
function versionNotes(): string {
  const lines = brokerProtocols
    .filter(p => p !== brokerDefaults.protocol)
    .flatMap(protocol => {
      const dialect = brokerDialect(protocol)
      const refused = Object.entries(dialect.unsupportedFaults).map(
        ([fault, why]) => `  ${fault} is refused (exit 2): ${why}`,
      )
      const header = `  wrong-header sends "${dialect.wrongHeader.value}"`
      return [
        `With --protocol ${protocol}:`,
        ...refused,
        header,
        "  read each rule listed as its 18/MDP counterpart (same content, MDP2-n), and REPLY as PARTIAL and FINAL",
      ]
    })
  return lines.length > 0 ? `\n${lines.join("\n")}\n` : ""
}
