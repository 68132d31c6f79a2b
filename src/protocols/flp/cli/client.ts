import { type Command, Option } from "commander"
import {
  type CurveArgs,
  clientCurve,
  withCurveClient,
} from "../../../cli/curve-options"
import type { CurveClientKeys } from "../../../core/curve"
import { createLogger, type LogLevel, type Logger } from "../../../core/log"
import { spec } from "../../../generated/flp"
import {
  fail,
  faultHelp,
  faultOption,
  intOption,
  logLevelOption,
} from "../../mdp/cli/options"
import { FlpClient } from "../peers/client"
import { type ClientFault, clientFaults } from "../peers/faults"
import type { FlpRequester } from "../peers/index"
import { FlpModel1Client } from "../peers/model1"
import { FlpModel2Client } from "../peers/model2"
import { endpointList } from "./options"

interface ClientArgs extends CurveArgs {
  servers: string[]
  model: "1" | "2" | "3"
  count: number
  globalTimeoutMs?: number
  pingMs: number
  ttlMs: number
  attemptTimeoutMs: number
  requestTimeoutMs: number
  retries: number
  fault: ClientFault[]
  logLevel: LogLevel
}

const m3 = spec.timing.model3

export function registerClient(group: Command): void {
  const cmd = group
    .command("client")
    .description(
      "Freelance client, one of the Guide's three models (--model): 1 retries on a REQ socket, server after server; 2 sends to every server and keeps the first reply; 3 (10/FLP) pings every server over a ROUTER and sends to one it has heard from, failing over. " +
        "Sends --count requests one after another and prints each reply frame on its own line; exits 1 at the first request no server answers",
    )
    .argument("<body...>", "request body, one frame per argument")
    .requiredOption(
      "--servers <endpoints>",
      "server endpoints, comma-separated (each is that server's identity)",
      endpointList,
    )
    .addOption(
      new Option("--model <n>", "which of the Guide's models")
        .choices(["1", "2", "3"])
        .default("3"),
    )
    .addOption(intOption("--count <n>", "requests to send, in turn", 1, 1))
    .addOption(
      intOption(
        "--global-timeout-ms <ms>",
        "models 2 and 3: a request fails when no reply came within this",
        1,
        m3.globalTimeoutMs,
      ),
    )
    .addOption(
      intOption(
        "--ping-ms <ms>",
        "model 3: PING interval",
        1,
        m3.pingIntervalMs,
      ),
    )
    .addOption(
      intOption(
        "--ttl-ms <ms>",
        "model 3: a server silent this long is dead",
        1,
        m3.serverTtlMs,
      ),
    )
    .addOption(
      intOption(
        "--attempt-timeout-ms <ms>",
        "model 3: fail over when the server in use has not replied within this",
        1,
        1000,
      ),
    )
    .addOption(
      intOption(
        "--request-timeout-ms <ms>",
        "model 1: how long each attempt waits",
        1,
        spec.timing.model1.requestTimeoutMs,
      ),
    )
    .addOption(
      intOption(
        "--retries <n>",
        "model 1 with one server: attempts in all",
        1,
        spec.timing.model1.maxRetries,
      ),
    )
  withCurveClient(cmd)
    .addOption(faultOption(clientFaults))
    .addOption(logLevelOption("warn"))
    .addHelpText("after", faultHelp(clientFaults))
    .action(async (body: string[], o: ClientArgs, cmd: Command) => {
      const given = (name: string) => cmd.getOptionValueSource(name) === "cli"
      if (o.model === "2" && o.fault.length > 0)
        fail("--fault applies to models 1 (no-failover only) and 3", 2)
      if (o.model === "1" && o.fault.some(f => f !== "no-failover"))
        fail("model 1 takes only --fault no-failover", 2)
      // A server answers at most once per ping: a TTL no longer than the
      // interval marks every server dead between two pings.
      if (o.model === "3" && o.ttlMs <= o.pingMs)
        fail("--ttl-ms must be more than --ping-ms", 2)
      const logger = createLogger({ name: "flp-client", level: o.logLevel })
      // An unreadable or malformed key file throws here: exit 2, naming it.
      const curve = clientCurve(o)
      const client = makeClient(o, given("globalTimeoutMs"), logger, curve)
      const frames = body.map(b => Buffer.from(b))
      process.exit(await run(client, frames, o.count))
    })
}

function makeClient(
  o: ClientArgs,
  globalGiven: boolean,
  logger: Logger,
  curve: CurveClientKeys | undefined,
): FlpRequester {
  const servers = o.servers
  switch (o.model) {
    case "1":
      return new FlpModel1Client({
        servers,
        requestTimeoutMs: o.requestTimeoutMs,
        maxRetries: o.retries,
        noFailover: o.fault.includes("no-failover"),
        curve,
        logger,
      })
    case "2":
      return new FlpModel2Client({
        servers,
        globalTimeoutMs: globalGiven
          ? o.globalTimeoutMs
          : spec.timing.model2.globalTimeoutMs,
        curve,
        logger,
      })
    case "3":
      return new FlpClient({
        servers,
        globalTimeoutMs: o.globalTimeoutMs,
        pingIntervalMs: o.pingMs,
        serverTtlMs: o.ttlMs,
        attemptTimeoutMs: o.attemptTimeoutMs,
        faults: o.fault,
        curve,
        logger,
      })
  }
}

async function run(
  client: FlpRequester,
  body: Buffer[],
  count: number,
): Promise<number> {
  client.start()
  try {
    for (let i = 0; i < count; i++) {
      const reply = await client.request(body)
      for (const frame of reply)
        process.stdout.write(`${frame.toString("utf8")}\n`)
    }
    return 0
  } catch (err) {
    process.stderr.write(`marque: ${(err as Error).message}\n`)
    return 1
  } finally {
    await client.close()
  }
}
