import { type Command, InvalidArgumentError, Option } from "commander"
import {
  type CurveArgs,
  clientCurve,
  withCurveClient,
} from "../../../cli/curve-options"
import { createLogger, type LogLevel } from "../../../core/log"
import { spec } from "../../../generated/bstar"
import {
  endpoint,
  faultHelp,
  faultOption,
  intOption,
  logLevelOption,
} from "../../mdp/cli/options"
import { BstarClient, NoServerError } from "../peers/client"
import { type ClientFault, clientFaults } from "../peers/faults"

interface ClientArgs extends CurveArgs {
  primary: string
  backup: string
  timeoutMs: number
  settleMs: number
  paceMs: number
  requests: number
  giveUpAfter: number
  fault: ClientFault[]
  logLevel: LogLevel
}

export function registerClient(group: Command): void {
  const cmd = group
    .command("client")
    .description(
      "the Guide's Binary Star client: numbered requests (1, 2, …) to the primary, switching to the other server after each timeout; " +
        'prints "<n> primary|backup" for each reply. Exits 0 after --requests replies, 1 when neither server answers --give-up-after tries in a row',
    )
    .requiredOption("--primary <endpoint>", "the primary's frontend", endpoint)
    .requiredOption("--backup <endpoint>", "the backup's frontend", endpoint)
    .addOption(
      intOption(
        "--timeout-ms <ms>",
        "wait for each reply before switching server",
        1,
        spec.timing.clientTimeoutMs,
      ),
    )
    .addOption(
      intOption(
        "--settle-ms <ms>",
        "pause before trying the other server; at least the pair's failover timeout (BSTAR-28)",
        0,
        spec.timing.settleDelayMs,
      ),
    )
    .addOption(
      intOption(
        "--pace-ms <ms>",
        "pause after each reply",
        0,
        spec.timing.clientPaceMs,
      ),
    )
    .addOption(
      intOption(
        "--requests <n>",
        "replies to get, then exit 0 (0: no end)",
        0,
        0,
      ),
    )
    .addOption(
      new Option(
        "--give-up-after <n>",
        "tries in a row without a reply, over both servers, before exiting 1 (0: never); at least 4, two visits to each server",
      )
        .argParser(giveUpAfter)
        .default(6),
    )
  withCurveClient(cmd)
    .addOption(faultOption(clientFaults))
    .addOption(logLevelOption("warn"))
    .addHelpText("after", faultHelp(clientFaults))
    .action(async (o: ClientArgs) => {
      const logger = createLogger({ name: "bstar-client", level: o.logLevel })
      const client = new BstarClient({
        ...o,
        servers: [o.primary, o.backup],
        // An unreadable or malformed key file throws here: exit 2, naming it.
        curve: clientCurve(o),
        faults: o.fault,
        // The Guide's check: the reply is the request's number.
        accepts: (reply, request) =>
          reply.length === 1 && reply[0].equals(request[0]),
        logger,
      })
      const stop = () => client.close()
      process.once("SIGINT", stop).once("SIGTERM", stop)
      let code = 0
      for (let seq = 1; o.requests === 0 || seq <= o.requests; seq++) {
        try {
          const { server } = await client.request([Buffer.from(String(seq))])
          process.stdout.write(`${seq} ${server ? "backup" : "primary"}\n`)
        } catch (err) {
          if (err instanceof NoServerError) {
            process.stderr.write(`marque: ${err.message}\n`)
            code = 1
          }
          break
        }
        if (seq !== o.requests && o.paceMs > 0)
          await new Promise(r => setTimeout(r, o.paceMs))
      }
      client.close()
      process.exit(code)
    })
}

/** 0, or at least 4: fewer would give up before a failover can finish (BSTAR-29). */
function giveUpAfter(value: string): number {
  const n = Number(value)
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || (n !== 0 && n < 4))
    throw new InvalidArgumentError(
      `expected 0 or an integer >= 4, got "${value}"`,
    )
  return n
}
