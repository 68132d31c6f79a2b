import type { Command } from "commander"
import {
  type CurveArgs,
  clientCurve,
  withCurveClient,
} from "../../../cli/curve-options"
import { createLogger, type LogLevel } from "../../../core/log"
import {
  endpoint,
  faultHelp,
  faultOption,
  intOption,
  logLevelOption,
} from "../../mdp/cli/options"
import {
  GaveUpError,
  LazyPirateClient,
  lazyPirateClientDefaults,
} from "../peers/client"
import { type ClientFault, clientFaults } from "../peers/faults"

interface ClientArgs extends CurveArgs {
  connect: string
  timeoutMs: number
  retries: number
  requests: number
  fault: ClientFault[]
  logLevel: LogLevel
}

/** `marque lazy-pirate client`: the reference Lazy Pirate client. */
export function registerClient(group: Command): void {
  const d = lazyPirateClientDefaults
  const cmd = group
    .command("client")
    .description(
      "run the reference Lazy Pirate client: requests numbered 1, 2, 3 … (one frame, decimal), one at a time over REQ; " +
        "a reply counts only when it is the request's bytes; on timeout a new socket and the same request, at most --retries attempts in all. " +
        "Prints each reply; exits 0 after --requests replies, 1 when a request is abandoned",
    )
    .requiredOption(
      "--connect <endpoint>",
      "server or queue frontend endpoint",
      endpoint,
    )
    .addOption(
      intOption(
        "--timeout-ms <ms>",
        "how long each attempt waits for its reply",
        1,
        d.timeoutMs,
      ),
    )
    .addOption(
      intOption(
        "--retries <n>",
        "attempts per request, the first included",
        1,
        d.retries,
      ),
    )
    .addOption(
      intOption(
        "--requests <n>",
        "requests to send before exiting 0; 0 = until stopped",
        0,
        0,
      ),
    )
  withCurveClient(cmd)
    .addOption(faultOption(clientFaults))
    .addOption(logLevelOption("warn"))
    .addHelpText("after", faultHelp(clientFaults))
    .action(async (o: ClientArgs) => {
      const logger = createLogger({
        name: "lazy-pirate-client",
        level: o.logLevel,
      })
      // An unreadable or malformed key file throws here: exit 2, naming it.
      const curve = clientCurve(o)
      const client = new LazyPirateClient({
        ...o,
        curve,
        faults: o.fault,
        logger,
      })
      // SIGINT or SIGTERM between requests is a clean stop.
      const stop = () => {
        client.close()
        process.exit(0)
      }
      process.once("SIGINT", stop).once("SIGTERM", stop)
      let code = 0
      try {
        for (let seq = 1; o.requests === 0 || seq <= o.requests; seq++) {
          const reply = await client.request([Buffer.from(String(seq))])
          process.stdout.write(
            `${reply.map(f => f.toString("utf8")).join(" ")}\n`,
          )
        }
      } catch (err) {
        process.stderr.write(`marque: ${(err as Error).message}\n`)
        // Fault exit-zero-on-give-up breaks LPC-10: giving up is a failure.
        const hide =
          err instanceof GaveUpError && o.fault.includes("exit-zero-on-give-up")
        code = hide ? 0 : 1
      }
      client.close()
      process.exit(code)
    })
}
