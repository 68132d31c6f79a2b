import { type Command, Option } from "commander"
import {
  type CurveArgs,
  serverCurve,
  withCurveServer,
} from "../../../cli/curve-options"
import { createLogger, type LogLevel } from "../../../core/log"
import { spec } from "../../../generated/bstar"
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
import type { Role } from "../machine"
import { echo, Forwarder } from "../peers/apps"
import { type PairFault, pairFaults } from "../peers/faults"
import { BstarPair } from "../peers/pair"

interface PairArgs extends CurveArgs {
  role: Role
  frontend: string
  statepub: string
  peer: string
  heartbeatMs: number
  forward?: string
  forwardTimeoutMs: number
  fault: PairFault[]
  logLevel: LogLevel
}

export function registerPair(group: Command): void {
  const cmd = group
    .command("pair")
    .description(
      "run one server of a Binary Star pair, as primary or backup: clients on --frontend, its state published on --statepub, " +
        "the other server's state read from --peer. Serves an echo, or fronts another server with --forward. " +
        'Prints "frontend <endpoint>" and "statepub <endpoint>" once bound; exits 1 on dual actives or dual passives',
    )
    .addOption(
      new Option("--role <role>", "which server this is (BSTAR-7)")
        .choices(["primary", "backup"])
        .makeOptionMandatory(),
    )
    .requiredOption(
      "--frontend <endpoint>",
      "where clients connect (ROUTER, bound)",
      endpoint,
    )
    .requiredOption(
      "--statepub <endpoint>",
      "where this server publishes its state (PUB, bound)",
      endpoint,
    )
    .requiredOption(
      "--peer <endpoint>",
      "the other server's --statepub (SUB, connected)",
      endpoint,
    )
    .addOption(
      intOption(
        "--heartbeat-ms <ms>",
        "state publishing period; the peer is dead after 2 of them in silence. Both servers must use the same (BSTAR-6)",
        1,
        spec.timing.heartbeatMs,
      ),
    )
    .addOption(
      new Option(
        "--forward <endpoint>",
        "instead of echoing, pass each accepted request to this request-reply server (as a REQ client would) and return its reply",
      ).argParser(endpoint),
    )
    .addOption(
      intOption(
        "--forward-timeout-ms <ms>",
        "wait for the --forward server's reply; past it the request gets none",
        1,
        spec.timing.clientTimeoutMs,
      ),
    )
  withCurveServer(cmd)
    .addOption(faultOption(pairFaults))
    .addOption(logLevelOption("info"))
    .addHelpText("after", faultHelp(pairFaults))
    .action(async (o: PairArgs) => {
      const logger = createLogger({
        name: `bstar-${o.role}`,
        level: o.logLevel,
      })
      // An unreadable or malformed key file throws here: exit 2, naming it.
      const curve = serverCurve(o)
      const forwarder =
        o.forward === undefined
          ? undefined
          : new Forwarder({
              connect: o.forward,
              timeoutMs: o.forwardTimeoutMs,
              logger,
            })
      const pair = new BstarPair({
        ...o,
        app: forwarder?.app ?? echo,
        curve,
        faults: o.fault,
        logger,
      })
      // Listening before the ready line: a SIGTERM sent the moment it
      // appears is a clean stop, not a kill by the default handler.
      const stopped = untilSignal()
      try {
        await pair.start()
      } catch (err) {
        failToStart(err, "cannot start")
      }
      const { frontend, statepub } = pair.endpoints
      process.stdout.write(`frontend ${frontend}\nstatepub ${statepub}\n`)
      const fatal = await Promise.race([
        pair.ended,
        stopped.then(() => undefined),
      ])
      await pair.stop()
      forwarder?.close()
      if (fatal) fail(`fatal: ${fatal}`, 1)
      process.exit(0)
    })
}
