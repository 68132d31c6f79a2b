import type { Command } from "commander"
import { int } from "./options"

export interface TestFlags {
  protocol?: string
  role?: string
  start?: string
  endpoint?: string
  workerEndpoint?: string
  heartbeatMs?: number
  liveness?: number
  requestExpiryMs?: number
  replyTimeoutMs?: number
  startTimeoutMs?: number
  reconnectMs?: number
  clientTimeoutMs?: number
  clientRetries?: number
  workerBusyMs?: number
  mmi?: boolean
  tags?: string
  reportDir?: string
  profile?: string
  strict?: boolean
  expect?: string
  reference?: boolean
}

export function registerTest(program: Command): void {
  program
    .command("test")
    .description(
      "run the conformance suite for one protocol role against an implementation under test",
    )
    .option("--protocol <name>", "protocol, e.g. mdp/0.1")
    .option(
      "--role <role>",
      "role of the implementation under test: broker, worker or client",
    )
    .option(
      "--start <command>",
      "shell command that starts the IUT; {endpoint} {port} {host} (and {service} {body} for workers and clients) are filled in",
    )
    .option(
      "--endpoint <endpoint>",
      "where the IUT listens; {port} is a free port picked per scenario, {host} is 127.0.0.1 (0.0.0.0 inside a network namespace)",
      "tcp://{host}:{port}",
    )
    .option(
      "--worker-endpoint <endpoint>",
      "where workers connect, if not --endpoint",
    )
    .option("--heartbeat-ms <ms>", "the IUT's heartbeat interval", int)
    .option("--liveness <n>", "heartbeats the IUT lets a peer miss", int)
    .option(
      "--request-expiry-ms <ms>",
      "the IUT expires queued requests after this long (claims MDP-15)",
      int,
    )
    .option("--reply-timeout-ms <ms>", "how long a reply may take", int)
    .option(
      "--start-timeout-ms <ms>",
      "how long the IUT may take to bind (or, for a worker or client, to send its first message)",
      int,
    )
    .option(
      "--reconnect-ms <ms>",
      "a worker IUT's pause before it reconnects (default: one heartbeat)",
      int,
    )
    .option(
      "--client-timeout-ms <ms>",
      "a client IUT's wait for a reply before it retries (with --client-retries: claims MDP-12 retry)",
      int,
    )
    .option(
      "--client-retries <n>",
      "a client IUT's attempts in all before it gives up",
      int,
    )
    .option(
      "--worker-busy-ms <ms>",
      'a worker IUT spends this long on a request whose first body frame is "busy" (claims heartbeats while busy; at least 3 intervals)',
      int,
    )
    .option("--no-mmi", "the IUT does not claim 8/MMI")
    .option(
      "--tags <expression>",
      "Cucumber tag expression, e.g. @MDP-31 or 'not @should'",
    )
    .option(
      "--report-dir <dir>",
      "where results.json, cucumber.html and junit.xml go",
    )
    .option("--profile <file>", "YAML profile of the IUT (flags override it)")
    .option("--strict", "SHOULD failures (non-strict verdicts) fail the run")
    .option(
      "--expect <baseline.json>",
      "pass only if exactly the listed requirements fail",
    )
    .option(
      "--reference",
      "test marque's own reference implementation of the role",
    )
    .action(async (flags: TestFlags, cmd: Command) => {
      // Loaded on use, so `marque broker` does not pay for Cucumber at start-up.
      const { runTest } = require("./test-run") as typeof import("./test-run")
      process.exitCode = await runTest(
        flags,
        cmd.getOptionValueSource("endpoint") === "default",
      )
    })
}
