import { type Command, InvalidArgumentError } from "commander"
import { bindReason } from "../../../core/bind"
import { createLogger, type LogLevel } from "../../../core/log"
import {
  fail,
  intOption,
  logLevelOption,
  untilSignal,
} from "../../mdp/cli/options"
import { endpointList } from "../../flp/cli/options"

interface GatewayArgs {
  http: { host: string; port: number }
  servers: string[]
  deadlineMs: number
  maxInFlight: number
  maxBodyBytes: number
  requestTimeoutMs: number
  heartbeatMs: number
  logLevel: LogLevel
}

function hostPort(value: string): { host: string; port: number } {
  const m = /^([^:]+|\[[^\]]+\]):(\d{1,5})$/.exec(value)
  if (!m || Number(m[2]) > 65535)
    throw new InvalidArgumentError(
      `expected host:port, e.g. 127.0.0.1:8080, got "${value}"`,
    )
  return { host: m[1].replace(/^\[|\]$/g, ""), port: Number(m[2]) }
}

export function registerGateway(program: Command): void {
  program
    .command("gateway")
    .description(
      "HTTP front door to Reliable Freelance servers: POST /services/<name> (body = the request) -> 200 with the reply, 400 bad request, 502 server ERROR, 503 no server in time, 429 past --max-in-flight; GET /health; GET /metrics (Prometheus)",
    )
    .requiredOption(
      "--http <host:port>",
      "where to listen (port 0: any free one)",
      hostPort,
    )
    .requiredOption(
      "--servers <endpoints>",
      "Reliable Freelance servers, comma-separated",
      endpointList,
    )
    .addOption(
      intOption(
        "--deadline-ms <ms>",
        "503 when no server answered within this",
        1,
        5000,
      ),
    )
    .addOption(
      intOption(
        "--max-in-flight <n>",
        "requests served at once; past it 429",
        1,
        64,
      ),
    )
    .addOption(
      intOption(
        "--max-body-bytes <n>",
        "largest request body; past it 413",
        0,
        1 << 20,
      ),
    )
    .addOption(
      intOption(
        "--request-timeout-ms <ms>",
        "wait for each attempt to one server",
        1,
        1000,
      ),
    )
    .addOption(
      intOption(
        "--heartbeat-ms <ms>",
        "HEARTBEAT every server this often",
        1,
        1000,
      ),
    )
    .addOption(logLevelOption("warn"))
    .action(async (o: GatewayArgs) => {
      const logger = createLogger({ name: "rfl-gateway", level: o.logLevel })
      // Required on use: every `marque` command registers this one, and the
      // metrics library would otherwise cost each of them its start-up time.
      const { Gateway } = require("./gateway") as typeof import("./gateway")
      const gateway = new Gateway({
        ...o.http,
        servers: o.servers,
        deadlineMs: o.deadlineMs,
        maxInFlight: o.maxInFlight,
        maxBodyBytes: o.maxBodyBytes,
        client: {
          requestTimeoutMs: o.requestTimeoutMs,
          heartbeatIntervalMs: o.heartbeatMs,
          heartbeatTimeoutMs: 3 * o.heartbeatMs,
          retryBaseDelayMs: Math.min(100, o.requestTimeoutMs),
        },
        logger,
      })
      // Listening before the ready line: a SIGTERM sent the moment it
      // appears is a clean stop, not a kill by the default handler.
      const stopped = untilSignal()
      try {
        process.stdout.write(`listening ${await gateway.start()}\n`)
      } catch (err) {
        fail(
          `cannot listen on ${o.http.host}:${o.http.port}: ${bindReason(err)}`,
          2,
        )
      }
      await stopped
      await gateway.stop()
      process.exit(0)
    })
}
