import type { Command } from "commander"
import {
  type CurveArgs,
  clientCurve,
  withCurveClient,
} from "../../../cli/curve-options"
import { createLogger, type LogLevel } from "../../../core/log"
import { spec } from "../../../generated/rfl"
import {
  faultHelp,
  faultOption,
  intOption,
  logLevelOption,
} from "../../mdp/cli/options"
import { endpointList } from "../../flp/cli/options"
import { RflClient } from "../peers/client"
import { type ClientFault, clientFaults } from "../peers/faults"
import { RflApplicationError, RflNoServerError } from "../peers/outcomes"

interface ClientArgs extends CurveArgs {
  servers: string[]
  count: number
  requestTimeoutMs: number
  retries: number
  retryBaseMs: number
  retryCapMs: number
  retryJitter: number
  heartbeatMs: number
  heartbeatTimeoutMs: number
  fault: ClientFault[]
  logLevel: LogLevel
}

const t = spec.timing

/** RFL-C20: one exit code per outcome. */
export const exitCodes = { ok: 0, timeout: 1, usage: 2, error: 3, noServer: 4 }

export function registerClient(group: Command): void {
  const cmd = group
    .command("client")
    .description(
      "Reliable Freelance client: one DEALER per server, heartbeats every server, sends each request to the best-ranked one, retries with back-off under one request id. " +
        "Sends --count requests in turn and prints each OK result frame on its own line. Exit 0; 1 when no attempt was answered; 3 when a server answered ERROR (its text on stderr); 4 when no server could be reached",
    )
    .argument("<payload...>", "request payload, one frame per argument")
    .requiredOption(
      "--servers <endpoints>",
      "server endpoints, comma-separated",
      endpointList,
    )
    .addOption(intOption("--count <n>", "requests to send, in turn", 1, 1))
    .addOption(
      intOption(
        "--request-timeout-ms <ms>",
        "wait for each attempt (RFL-C2)",
        1,
        t.requestTimeoutMs,
      ),
    )
    .addOption(
      intOption(
        "--retries <n>",
        "attempts in all, the first included (RFL-C3)",
        1,
        t.maxRetries,
      ),
    )
    .addOption(
      intOption(
        "--retry-base-ms <ms>",
        "pause after attempt k: base x 2^(k-1) (RFL-C4)",
        0,
        t.retryBaseDelayMs,
      ),
    )
    .addOption(
      intOption(
        "--retry-cap-ms <ms>",
        "no pause longer than this (RFL-C5)",
        0,
        30_000,
      ),
    )
    .addOption(
      intOption(
        "--retry-jitter <percent>",
        "each pause drawn from [(100 - p)% d, d] (RFL-C5)",
        0,
        10,
        100,
      ),
    )
    .addOption(
      intOption(
        "--heartbeat-ms <ms>",
        "HEARTBEAT to every server this often (RFL-C7)",
        1,
        t.heartbeatIntervalMs,
      ),
    )
    .addOption(
      intOption(
        "--heartbeat-timeout-ms <ms>",
        "silence that makes a server DEAD (RFL-C12)",
        1,
        t.heartbeatTimeoutMs,
      ),
    )
  withCurveClient(cmd)
    .addOption(faultOption(clientFaults))
    .addOption(logLevelOption("warn"))
    .addHelpText("after", faultHelp(clientFaults))
    .action(async (payload: string[], o: ClientArgs) => {
      const logger = createLogger({ name: "rfl-client", level: o.logLevel })
      const client = new RflClient({
        servers: o.servers,
        requestTimeoutMs: o.requestTimeoutMs,
        maxRetries: o.retries,
        retryBaseDelayMs: o.retryBaseMs,
        retryMaxDelayMs: o.retryCapMs,
        retryJitter: o.retryJitter / 100,
        heartbeatIntervalMs: o.heartbeatMs,
        heartbeatTimeoutMs: o.heartbeatTimeoutMs,
        // An unreadable or malformed key file throws here: exit 2 (RFL-C20).
        curve: clientCurve(o),
        faults: o.fault,
        logger,
      })
      client.start()
      // The first heartbeat replies show which servers are up.
      await client.ready(o.heartbeatMs)
      let code = exitCodes.ok
      try {
        for (let i = 0; i < o.count; i++) {
          const result = await client.request(payload.map(p => Buffer.from(p)))
          for (const f of result)
            process.stdout.write(`${f.toString("utf8")}\n`)
        }
      } catch (err) {
        process.stderr.write(`marque: ${(err as Error).message}\n`)
        code =
          err instanceof RflApplicationError
            ? exitCodes.error
            : err instanceof RflNoServerError
              ? exitCodes.noServer
              : exitCodes.timeout
      } finally {
        await client.close()
      }
      process.exit(code)
    })
}
