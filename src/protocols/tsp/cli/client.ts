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
  serviceName,
} from "../../mdp/cli/options"
import { clientDefaults, TitanicClient } from "../peers/client"
import { type ClientFault, clientFaults } from "../peers/faults"

interface ClientArgs extends CurveArgs {
  connect: string
  service?: string
  reply?: string
  close?: string
  timeoutMs: number
  retries: number
  pollMs: number
  pollMaxMs: number
  waitMs: number
  keep?: boolean
  fault: ClientFault[]
  logLevel: LogLevel
}

export function registerClient(group: Command): void {
  const d = clientDefaults
  const cmd = group
    .command("client")
    .description(
      "the reference Titanic client (9/TSP): with --service, submit the body through titanic.request, poll titanic.reply (retrying 300 and 500, not 400) and print each reply frame on its own line, then titanic.close; " +
        "--reply <uuid> or --close <uuid> does just that step. Exit 1 when the server refuses or the wait runs out",
    )
    .argument(
      "[body...]",
      "request body, one frame per argument (with --service)",
    )
    .requiredOption("--connect <endpoint>", "broker endpoint", endpoint)
    .option(
      "--service <name>",
      "service to run the request on, e.g. echo",
      serviceName,
    )
    .option("--reply <uuid>", "only poll for this request's reply")
    .option("--close <uuid>", "only close this request")
    .option(
      "--keep",
      "with --service: print the UUID first and do not close it",
    )
    .addOption(
      intOption(
        "--timeout-ms <ms>",
        "each MDP try's wait for an answer",
        1,
        d.timeoutMs,
      ),
    )
    .addOption(
      intOption(
        "--retries <n>",
        "MDP tries per call, a new socket each",
        1,
        d.retries,
      ),
    )
    .addOption(
      intOption(
        "--poll-ms <ms>",
        "first pause after 300 or 500 (doubles, jittered)",
        1,
        d.pollMs,
      ),
    )
    .addOption(
      intOption("--poll-max-ms <ms>", "longest such pause", 1, d.pollMaxMs),
    )
    .addOption(
      intOption(
        "--wait-ms <ms>",
        "how long each step keeps retrying before giving up",
        1,
        d.waitMs,
      ),
    )
  withCurveClient(cmd)
    .addOption(faultOption(clientFaults))
    .addOption(logLevelOption("warn"))
    .addHelpText("after", faultHelp(clientFaults))
    .action(async (body: string[], o: ClientArgs) => {
      const modes = [o.service, o.reply, o.close].filter(m => m !== undefined)
      if (modes.length !== 1)
        usage("give exactly one of --service, --reply, --close")
      if (o.service && body.length === 0)
        usage("--service needs a body (one or more frames)")
      if (!o.service && body.length > 0)
        usage("a body goes with --service only")
      if (o.pollMaxMs < o.pollMs)
        usage("--poll-max-ms must be at least --poll-ms")
      const logger = createLogger({ name: "tsp-client", level: o.logLevel })
      // An unreadable or malformed key file throws here: exit 2, naming it.
      const curve = clientCurve(o)
      const client = new TitanicClient({
        ...o,
        curve,
        faults: o.fault,
        logger,
      })
      let code = 0
      try {
        await run(client, o, body)
      } catch (err) {
        process.stderr.write(`marque: ${(err as Error).message}\n`)
        code = 1
      } finally {
        client.shutdown()
      }
      process.exit(code)
    })
}

function usage(message: string): never {
  process.stderr.write(`marque: ${message}\n`)
  process.exit(2)
}

async function run(client: TitanicClient, o: ClientArgs, body: string[]) {
  const print = (frames: Buffer[]) => {
    for (const f of frames) process.stdout.write(`${f.toString("utf8")}\n`)
  }
  if (o.close) return client.close(o.close)
  if (o.reply) return print(await client.poll(o.reply))
  const id = await client.submit(
    o.service!,
    body.map(b => Buffer.from(b)),
  )
  if (o.keep) process.stdout.write(`${id}\n`)
  print(await client.poll(id))
  if (!o.keep) await client.close(id)
}
