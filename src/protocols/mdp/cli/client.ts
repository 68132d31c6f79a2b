import {
  type CurveArgs,
  clientCurve,
  curveClientFlags,
} from "../../../cli/curve-options"
import type { CurveClientKeys } from "../../../core/curve"
import type { Command } from "commander"
import { exitOnUnhandled } from "../../../core/fatal"
import { createLogger, type LogLevel, type Logger } from "../../../core/log"
import { spec } from "../../../generated/mdp-0.1"
import { defaultWindow } from "../peers/async-client"
import { MdpClient } from "../peers/client"
import { clientDialect } from "../peers/client-dialect"
import { type ClientFault, clientFaults } from "../peers/faults"
import type { MdpProtocol } from "../peers/protocol"
import { runAsyncClient } from "./client-async"
import {
  endpoint,
  fail,
  faultHelp,
  faultOption,
  faultVersionHelp,
  intOption,
  logLevelOption,
  protocolOption,
  receiveHwmOption,
  sendHwmOption,
  serviceName,
} from "./options"

interface ClientArgs extends CurveArgs {
  connect: string
  service: string
  protocol: MdpProtocol
  timeoutMs: number
  retries: number
  fault: ClientFault[]
  async: boolean
  count: number
  window: number
  sendHwm: number
  receiveHwm: number
  logLevel: LogLevel
}

export function registerClient(program: Command): void {
  const [curveServerKey, curveKey] = curveClientFlags()
  program
    .command("client")
    .description(
      "send one Majordomo request, speaking 7/MDP (mdp/0.1, REQ socket) or 18/MDP (mdp/0.2, DEALER socket), one version per process, chosen with --protocol; " +
        "print each reply frame on its own line (0.2: each PARTIAL's body frames, then the FINAL's); exit 1 if the broker never answers. " +
        "With --async (mdp/0.1 only), send --count requests over one DEALER and print a summary line instead",
    )
    .argument("<body...>", "request body, one frame per argument")
    .requiredOption("--connect <endpoint>", "broker endpoint", endpoint)
    .requiredOption(
      "--service <name>",
      "service to ask, e.g. echo or mmi.service",
      serviceName,
    )
    .addOption(protocolOption())
    .addOption(
      intOption(
        "--timeout-ms <ms>",
        "how long each try (with --async: each request) waits for the reply; with mdp/0.2, for each PARTIAL or the FINAL",
        1,
        spec.timing.clientTimeoutMs,
      ),
    )
    .addOption(
      intOption(
        "--retries <n>",
        "tries in all before giving up, a new socket for each (not with --async)",
        1,
        spec.timing.clientRetries,
      ),
    )
    .option("--async", "asynchronous client: many requests in flight")
    .addOption(
      intOption("--count <n>", "requests to send (--async only)", 1, 1),
    )
    .addOption(
      intOption(
        "--window <n>",
        "most requests in flight (--async only)",
        1,
        defaultWindow,
      ),
    )
    .addOption(
      sendHwmOption("past it, a send waits for room for at most --timeout-ms"),
    )
    .addOption(receiveHwmOption())
    .addOption(curveServerKey)
    .addOption(curveKey)
    .addOption(faultOption(clientFaults))
    .addOption(logLevelOption("warn"))
    .addHelpText(
      "after",
      faultHelp(clientFaults) +
        faultVersionHelp("mdp/0.2", clientDialect("mdp/0.2").faultRules, [
          `wrong-header sends "${clientDialect("mdp/0.2").wrongHeader.value}"`,
          "resend-early resends on the DEALER of the try (a new one for each try)",
        ]),
    )
    .action(async (body: string[], o: ClientArgs, cmd: Command) => {
      checkCombination(o, cmd)
      let curve
      try {
        curve = clientCurve(o)
      } catch (err) {
        fail((err as Error).message, 2)
      }
      const logger = createLogger({ name: "mdp-client", level: o.logLevel })
      exitOnUnhandled(logger)
      const frames = body.map(b => Buffer.from(b))
      const code = o.async
        ? await runAsyncClient({ ...o, curve, body: frames, logger })
        : await runClient({ ...o, curve }, frames, logger)
      process.exit(code)
    })
}

/** Options that only one of the two clients understands: exit 2, not ignored. */
function checkCombination(o: ClientArgs, cmd: Command): void {
  const given = (name: string) => cmd.getOptionValueSource(name) === "cli"
  const onlyAsync = ["count", "window"].filter(given)
  const onlySync = ["retries", "fault"].filter(given)
  if (!o.async && onlyAsync.length > 0)
    fail(`--${onlyAsync[0]} needs --async`, 2)
  if (o.async && onlySync.length > 0)
    fail(`--${onlySync[0]} applies to the synchronous client only`, 2)
  if (o.async && o.protocol !== "mdp/0.1")
    fail(`--async speaks mdp/0.1 only, not ${o.protocol}`, 2)
}

async function runClient(
  o: ClientArgs & { curve?: CurveClientKeys },
  body: Buffer[],
  logger: Logger,
): Promise<number> {
  const { connect, protocol, timeoutMs, retries, sendHwm, receiveHwm } = o
  const faults = o.fault
  const client = new MdpClient({
    connect,
    protocol,
    timeoutMs,
    retries,
    sendHwm,
    receiveHwm,
    faults,
    curve: o.curve,
    logger,
  })
  try {
    const reply = await client.request(o.service, body)
    for (const frame of reply)
      process.stdout.write(`${frame.toString("utf8")}\n`)
    return 0
  } catch (err) {
    process.stderr.write(`marque: ${(err as Error).message}\n`)
    return 1
  } finally {
    client.close()
  }
}
