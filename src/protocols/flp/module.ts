import { join } from "node:path"
import type {
  FaultInfo,
  OptionSchema,
  Options,
  ProtocolModule,
} from "../../harness/module"
import { packageRoot } from "../../package-root"
import { clientFaults, serverFaults } from "./peers/faults"
import type { FlpDrivers } from "./suite/drivers"

const options: Record<string, OptionSchema> = {
  "heartbeat-ms": {
    type: "integer",
    minimum: 1,
    maximum: 3_600_000,
    default: 200,
    description:
      "a client IUT's PING interval; for a server IUT, how long the suite waits for silence is 1.5 times this",
  },
  "reply-timeout-ms": {
    type: "integer",
    minimum: 1,
    maximum: 3_600_000,
    description: "how long a reply may take (default max(1000, 2 heartbeats))",
  },
  "client-timeout-ms": {
    type: "integer",
    minimum: 1,
    maximum: 3_600_000,
    default: 3000,
    roles: ["client"],
    description:
      "a client IUT's deadline per request (the Guide's GLOBAL_TIMEOUT): failover must happen within it, and with every server gone it exits non-zero once it has run",
  },
  "client-model": {
    type: "integer",
    minimum: 1,
    maximum: 3,
    default: 3,
    roles: ["client"],
    description:
      "which of the Guide's client models the IUT is; 3 claims it sends requests only to servers it has heard from (FLP-C4)",
  },
  "server-identity": {
    type: "string",
    roles: ["server"],
    description:
      "the server's identity, when not the endpoint it binds ({endpoint})",
  },
}

const num = (o: Options, key: string) => o[key] as number | undefined
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

const flp: ProtocolModule<FlpDrivers> = {
  protocols: [{ name: "flp", dir: "flp", title: "10/FLP Freelance Protocol" }],
  roles: {
    server: {
      description:
        "an FLP server: a ROUTER bound at {endpoint} whose identity is that endpoint (FLP-10)",
      endpoints: {
        endpoint: {
          bind: "iut",
          description: "where the server binds; also its identity",
        },
      },
    },
    client: {
      description:
        "an FLP client: a ROUTER connected to the suite's three servers at {endpoints} (comma-separated); sends {count} requests with body {body} one after another, prints each reply's frames one per line on stdout, exits 0, or non-zero once a request got no reply in time",
      endpoints: {
        endpoints: {
          bind: "suite",
          description:
            "the servers' endpoints, comma-separated; each is that server's identity",
        },
      },
      probeValues: { body: "hello", count: "1" },
    },
  },
  options,
  claims: o => ({
    "model-3":
      o["client-model"] === 3
        ? undefined
        : `the client declares model ${String(o["client-model"])}: only model 3 promises to send only to servers it has heard from`,
  }),
  steps: join(__dirname, "steps"),
  // Required on use: `marque flp server` does not load the suite.
  drivers: world =>
    new (
      require("./suite/drivers") as typeof import("./suite/drivers")
    ).FlpDrivers(world),
  closeDrivers: d => d.close(),
  reference: {
    server: {
      options: { "heartbeat-ms": 200 },
      command: (_p, _o, f) =>
        `${marque} flp server --bind {endpoint} --log-level warn${fault(f)}`,
    },
    client: {
      // Short timings: each failover scenario runs in a few seconds.
      options: {
        "heartbeat-ms": 100,
        "client-timeout-ms": 2000,
        "client-model": 3,
      },
      command: (_p, o, f) =>
        `${marque} flp client --servers {endpoints} --count {count} --model 3 --ping-ms ${num(o, "heartbeat-ms")} --ttl-ms ${3 * (num(o, "heartbeat-ms") ?? 0)} --attempt-timeout-ms 300 --global-timeout-ms ${num(o, "client-timeout-ms")} --log-level warn${fault(f)} {body}`,
    },
  },
  faults: () => ({
    server: catalog(serverFaults),
    // Each client fault is checked where it shows: one scenario, not the whole suite.
    client: {
      "no-failover": {
        ...clientFaults["no-failover"],
        checks: [{ tags: "@FLP-C2 and @kill", blamed: ["FLP-C2"] }],
      },
      "send-unheard": {
        ...clientFaults["send-unheard"],
        checks: [{ tags: "@FLP-C4", blamed: ["FLP-C4"] }],
      },
      "lose-reply": {
        ...clientFaults["lose-reply"],
        checks: [{ tags: "@late-reply", blamed: ["FLP-C1"] }],
      },
    },
  }),
}

export default flp
