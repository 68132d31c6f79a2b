import { once } from "node:events"
import { type Command, InvalidArgumentError, Option } from "commander"
import { createLogger, type LogLevel, logLevels } from "../core/log"
import { MdpBroker } from "../peers/mdp/broker"
import { brokerDefaults } from "../peers/mdp/broker-options"
import { MdpClient } from "../peers/mdp/client"
import {
  type BrokerFault,
  brokerFaults,
  type FaultInfo,
  isFault,
  type WorkerFault,
  workerFaults,
} from "../peers/mdp/faults"
import { MdpWorker } from "../peers/mdp/worker"
import { spec } from "../generated/mdp-0.1"

/** `marque broker|worker|client`: the MDP/0.1 reference peers. */
export function registerPeers(program: Command): void {
  registerBroker(program)
  registerWorker(program)
  registerClient(program)
}

interface BrokerArgs {
  bind: string
  heartbeatMs: number
  liveness: number
  requestExpiryMs: number
  maxQueue: number
  maxWorkers: number
  fault: BrokerFault[]
  logLevel: LogLevel
}

function registerBroker(program: Command): void {
  const d = brokerDefaults
  program
    .command("broker")
    .description(
      "run the reference 7/MDP broker with 8/MMI; it serves MDP/0.1 only (one protocol version per bind)",
    )
    .requiredOption(
      "--bind <endpoint>",
      "endpoint to bind, e.g. tcp://127.0.0.1:5555 or tcp://127.0.0.1:*",
      endpoint,
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
        "most requests waiting per service; later ones are dropped",
        1,
        d.maxQueue,
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
    .addOption(faultOption(brokerFaults))
    .addOption(logLevelOption("info"))
    .addHelpText("after", faultHelp(brokerFaults))
    .action(async (o: BrokerArgs) => {
      const logger = createLogger({ name: "mdp-broker", level: o.logLevel })
      // The parsed options are named like MdpBrokerOptions.
      const broker = new MdpBroker({ ...o, faults: o.fault, logger })
      let bound: string
      try {
        bound = await broker.start()
      } catch (err) {
        fail(`cannot bind ${o.bind}: ${(err as Error).message}`, 2)
      }
      process.stdout.write(`bound ${bound}\n`)
      await untilSignal()
      await broker.stop()
      process.exit(0)
    })
}

interface WorkerArgs {
  connect: string
  service: string
  heartbeatMs: number
  liveness: number
  reconnectMs: number
  fault: WorkerFault[]
  logLevel: LogLevel
}

function registerWorker(program: Command): void {
  program
    .command("worker")
    .description(
      "run a reference 7/MDP (0.1) echo worker: each REPLY carries the REQUEST body back",
    )
    .requiredOption("--connect <endpoint>", "broker endpoint", endpoint)
    .requiredOption(
      "--service <name>",
      "service to register with READY",
      serviceName,
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
        "pause before reconnecting on a new socket",
        0,
        spec.timing.reconnectDelayMs,
      ),
    )
    .addOption(faultOption(workerFaults))
    .addOption(logLevelOption("info"))
    .addHelpText("after", faultHelp(workerFaults))
    .action(async (o: WorkerArgs) => {
      const logger = createLogger({ name: "mdp-worker", level: o.logLevel })
      const handler = async (body: Buffer[]) => body
      const worker = new MdpWorker({ ...o, faults: o.fault, handler, logger })
      try {
        await worker.start()
      } catch (err) {
        fail(`cannot connect to ${o.connect}: ${(err as Error).message}`, 2)
      }
      await untilSignal()
      await worker.stop()
      process.exit(0)
    })
}

interface ClientArgs {
  connect: string
  service: string
  timeoutMs: number
  retries: number
  logLevel: LogLevel
}

function registerClient(program: Command): void {
  program
    .command("client")
    .description(
      "send one 7/MDP (0.1) request and print each reply frame on its own line; exit 1 if the broker never answers",
    )
    .argument("<body...>", "request body, one frame per argument")
    .requiredOption("--connect <endpoint>", "broker endpoint", endpoint)
    .requiredOption(
      "--service <name>",
      "service to ask, e.g. echo or mmi.service",
      serviceName,
    )
    .addOption(
      intOption(
        "--timeout-ms <ms>",
        "how long each try waits for the reply",
        1,
        spec.timing.clientTimeoutMs,
      ),
    )
    .addOption(
      intOption(
        "--retries <n>",
        "tries before giving up (a new socket for each)",
        1,
        spec.timing.clientRetries,
      ),
    )
    .addOption(logLevelOption("warn"))
    .action(async (body: string[], o: ClientArgs) => {
      const logger = createLogger({ name: "mdp-client", level: o.logLevel })
      const { connect, timeoutMs, retries } = o
      const client = new MdpClient({ connect, timeoutMs, retries, logger })
      try {
        const reply = await client.request(
          o.service,
          body.map(b => Buffer.from(b)),
        )
        for (const frame of reply)
          process.stdout.write(`${frame.toString("utf8")}\n`)
      } catch (err) {
        fail((err as Error).message, 1)
      } finally {
        client.close()
      }
      process.exit(0)
    })
}

function fail(message: string, code: number): never {
  process.stderr.write(`marque: ${message}\n`)
  process.exit(code)
}

/** Resolves on the first SIGINT or SIGTERM, for a clean stop and exit 0. */
async function untilSignal(): Promise<void> {
  await Promise.race([once(process, "SIGINT"), once(process, "SIGTERM")])
}

/** An integer option: "1.5", "-1" or "10ms" is a usage error (exit 2). */
function intOption(
  flags: string,
  description: string,
  min: number,
  fallback: number,
): Option {
  return new Option(flags, description).argParser(int(min)).default(fallback)
}

function int(min: number): (value: string) => number {
  return value => {
    if (
      !/^\d+$/.test(value) ||
      Number(value) < min ||
      !Number.isSafeInteger(Number(value))
    ) {
      throw new InvalidArgumentError(
        `expected an integer >= ${min}, got "${value}"`,
      )
    }
    return Number(value)
  }
}

const transports = /^(tcp|ipc|inproc|ws|wss|pgm|epgm|tipc|vmci|udp):\/\/\S+$/

function endpoint(value: string): string {
  if (!transports.test(value)) {
    throw new InvalidArgumentError(
      `expected a ZeroMQ endpoint like tcp://127.0.0.1:5555, got "${value}"`,
    )
  }
  return value
}

/** MDP-13: a service name is a printable string. */
function serviceName(value: string): string {
  if (!/^[\x20-\x7e]{1,255}$/.test(value)) {
    throw new InvalidArgumentError(
      `expected 1-255 printable ASCII characters, got "${value}"`,
    )
  }
  return value
}

/** --fault, repeatable, checked against the role's fault catalog. */
function faultOption(catalog: Record<string, FaultInfo>): Option {
  const parse = (value: string, previous: string[]): string[] => {
    if (!isFault(catalog, value)) {
      throw new InvalidArgumentError(
        `unknown fault "${value}"; known: ${Object.keys(catalog).join(", ")}`,
      )
    }
    return [...previous, value]
  }
  return new Option(
    "--fault <name>",
    "break a requirement on purpose (repeatable; see below)",
  )
    .argParser(parse)
    .default([], "none")
}

function logLevelOption(fallback: LogLevel): Option {
  return new Option(
    "--log-level <level>",
    "log level of the JSON lines on stderr",
  )
    .choices(logLevels)
    .default(fallback)
}

function faultHelp(catalog: Record<string, FaultInfo>): string {
  const names = Object.keys(catalog)
  const width = Math.max(...names.map(n => n.length))
  const lines = names.map(n => {
    const f = catalog[n]
    return `  ${n.padEnd(width)}  [${f.violates.join(", ")}] ${f.description}`
  })
  return `\nFaults (--fault <name>, repeatable; each breaks exactly the requirements listed):\n${lines.join("\n")}\n`
}
