import { join } from "node:path"
import type {
  FaultInfo,
  OptionSchema,
  ProtocolModule,
} from "../../harness/module"
import { packageRoot } from "../../package-root"
import { clientFaults, serverFaults } from "./peers/faults"
import { deadMarkingAttempts } from "./suite/outcomes"
import type { RflDrivers } from "./suite/drivers"

const options: Record<string, OptionSchema> = {
  "heartbeat-ms": {
    type: "integer",
    minimum: 1,
    maximum: 3_600_000,
    default: 200,
    description:
      "a client IUT's HEARTBEAT interval; for a server IUT, the suite waits 1.5 times this for silence",
  },
  "reply-timeout-ms": {
    type: "integer",
    minimum: 1,
    maximum: 3_600_000,
    description:
      "how long a RESPONSE may take (default max(1000, 2 heartbeats))",
  },
  "client-timeout-ms": {
    type: "integer",
    minimum: 1,
    maximum: 3_600_000,
    default: 5000,
    roles: ["client"],
    description:
      "a client IUT's wait for each attempt's RESPONSE (RFL-C2; the seed: 5000)",
  },
  "client-retries": {
    type: "integer",
    minimum: 1,
    maximum: 100,
    default: 3,
    roles: ["client"],
    description:
      "a client IUT's attempts per request, the first included (RFL-C3; the seed: 3)",
  },
  "retry-base-ms": {
    type: "integer",
    minimum: 0,
    maximum: 3_600_000,
    default: 500,
    roles: ["client"],
    description:
      "a client IUT's pause after failed attempt k: base x 2^(k-1) (RFL-C4; the seed: 500)",
  },
  "client-heartbeat-timeout-ms": {
    type: "integer",
    minimum: 1,
    maximum: 3_600_000,
    default: 6000,
    roles: ["client"],
    description:
      "a client IUT's silence that makes a server DEAD (RFL-C12; the seed: 6000)",
  },
  counter: {
    type: "boolean",
    default: true,
    roles: ["server"],
    description:
      "the server's OK result starts with a frame counting its executions so far (how the suite sees a request run twice); --no-counter: it does not",
  },
}

/**
 * RFL-C12: why the dead-marking scenario cannot judge this client, if it
 * cannot. It needs a 4th attempt after three failures in a row, and the
 * whole run (a heartbeat, then three timeouts and their pauses) within half
 * the declared heartbeat timeout, so that silence alone has made no server
 * DEAD by then and the choice of attempt 4 shows the failure rule alone.
 */
function deadMarking(o: Record<string, unknown>): string | undefined {
  const n = o["client-retries"] as number
  if (n < deadMarkingAttempts)
    return `the client makes ${n} attempts per request (--client-retries): DEAD after three failures shows only in a ${deadMarkingAttempts}th`
  const t = o["client-timeout-ms"] as number
  const base = o["retry-base-ms"] as number
  const hb = o["heartbeat-ms"] as number
  const run = hb + 3 * t + base * 7
  const timeout = o["client-heartbeat-timeout-ms"] as number
  if (timeout < 2 * run)
    return `the client's heartbeat timeout (${timeout} ms, --client-heartbeat-timeout-ms) is under twice the ${run} ms to its 4th attempt: silence could make a server DEAD before three failures do`
  return undefined
}

const marque = `exec "${process.execPath}" "${join(packageRoot, "bin/marque.js")}"`
const fault = (f?: string) => (f ? ` --fault ${f}` : "")

function catalog(faults: Record<string, FaultInfo>): Record<string, FaultInfo> {
  return Object.fromEntries(
    Object.entries(faults).map(([n, f]) => [
      n,
      { ...f, checks: [{ blamed: f.violates }] },
    ]),
  )
}

/** The scenario where each client fault shows (the rest show in @retries). */
const clientFaultTags: Partial<Record<string, string>> = {
  "lose-reply": "@late-answer",
  "retry-error": "@error-answer",
  "crash-on-malformed": "@malformed-answer",
  "no-dead-after-failures": "@dead-marking",
  "queue-while-down": "@down-at-start",
}

const rfl: ProtocolModule<RflDrivers> = {
  protocols: [
    {
      name: "rfl",
      dir: "rfl",
      title: "Reliable Freelance (the pyzmq seed's dialect, fixed)",
    },
  ],
  roles: {
    server: {
      description: "a Reliable Freelance server: a ROUTER bound at {endpoint}",
      endpoints: {
        endpoint: { bind: "iut", description: "where the server binds" },
      },
    },
    client: {
      description:
        "a Reliable Freelance client of the suite's three servers at {endpoints} (comma-separated): sends {count} requests with payload {body} in turn, prints each OK result frame on its own line on stdout, exits 0, or once a request failed: 1 no answer, 3 ERROR (its text on stderr), 4 no server reachable (RFL-C20)",
      endpoints: {
        endpoints: {
          bind: "suite",
          description: "the servers' endpoints, comma-separated",
        },
      },
      probeValues: { body: "hello", count: "1" },
    },
  },
  options,
  claims: (o, role) => ({
    counter:
      o.counter === false
        ? "the server puts no execution counter in its results (--no-counter): a second run cannot be seen"
        : undefined,
    "dead-marking": role === "client" ? deadMarking(o) : undefined,
  }),
  steps: join(__dirname, "steps"),
  drivers: world =>
    new (
      require("./suite/drivers") as typeof import("./suite/drivers")
    ).RflDrivers(world),
  closeDrivers: d => d.close(),
  reference: {
    server: {
      options: { "heartbeat-ms": 200, counter: true },
      command: (_p, _o, f) =>
        `${marque} rfl server --bind {endpoint} --counter --log-level warn${fault(f)}`,
    },
    client: {
      // Short timings: the retry scenario runs in under three seconds; four
      // attempts and a long heartbeat timeout let RFL-C12 be judged.
      options: {
        "heartbeat-ms": 100,
        "client-timeout-ms": 300,
        "client-retries": 4,
        "retry-base-ms": 200,
        "client-heartbeat-timeout-ms": 5000,
      },
      command: (_p, o, f) =>
        `${marque} rfl client --servers {endpoints} --count {count} --heartbeat-ms ${String(o["heartbeat-ms"])} --heartbeat-timeout-ms ${String(o["client-heartbeat-timeout-ms"])} --request-timeout-ms ${String(o["client-timeout-ms"])} --retries ${String(o["client-retries"])} --retry-base-ms ${String(o["retry-base-ms"])} --log-level warn${fault(f)} {body}`,
    },
  },
  faults: () => ({
    server: catalog(serverFaults),
    // Each client fault is checked where it shows: one scenario, not the whole suite.
    client: Object.fromEntries(
      Object.entries(clientFaults).map(([n, f]) => [
        n,
        {
          ...f,
          checks: [
            { tags: clientFaultTags[n] ?? "@retries", blamed: f.violates },
          ],
        },
      ]),
    ),
  }),
}

export default rfl
