import { rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type {
  FaultInfo,
  OptionSchema,
  Options,
  ProtocolModule,
} from "../../harness/module"
import { packageRoot } from "../../package-root"
import { clientFaults, serverFaults } from "./peers/faults"
import type { TspDrivers } from "./suite/drivers"

const ms = (description: string, dflt?: number) =>
  ({
    type: "integer",
    minimum: 1,
    maximum: 3_600_000,
    description,
    default: dflt,
  }) satisfies OptionSchema

const options: Record<string, OptionSchema> = {
  "heartbeat-ms": ms(
    "the heartbeat interval of the server's MDP workers (the suite, as broker, heartbeats them at that rate)",
    2500,
  ),
  liveness: {
    type: "integer",
    minimum: 1,
    maximum: 100,
    default: 3,
    description: "heartbeats the server's workers let the broker miss",
  },
  "reply-timeout-ms": ms("how long one titanic.* call may take"),
  "dispatch-ms": {
    ...ms(
      "the longest a stored request waits for dispatch once its service is available (the server's longest retry pause plus one forwarding try)",
      5000,
    ),
    roles: ["server"],
  },
  "poll-max-ms": {
    ...ms(
      "a client IUT's longest pause before it calls again after 300 or 500 (the Guide's client polls every 5 s)",
      5000,
    ),
    roles: ["client"],
  },
}

/** A store for the start-up probe, unique to this process, removed when it exits. */
function probeDir(): string {
  const dir = join(tmpdir(), `marque-tsp-probe-${process.pid}`)
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }))
  return dir
}

const num = (o: Options, key: string) => o[key] as number | undefined

const marque = `exec "${process.execPath}" "${join(packageRoot, "bin/marque.js")}"`
const fault = (f?: string) => (f ? ` --fault ${f}` : "")

// Where each fault shows: CI runs only those scenarios with the switch on.
const checkedBy: Record<string, string> = {
  "reply-before-durable": "@durability",
  "no-redispatch": "@durability",
  "done-before-reply": "@durability",
  "delete-on-reply": "@TSP-12",
  "status-404": "@TSP-2 or @TSP-20",
  "status-501": "@TSP-13 or @TSP-20",
  "traversal-id": "@TSP-8",
  "give-up-on-300": "@TSP-25",
  "retry-on-400": "@TSP-26",
  "give-up-on-500": "@TSP-27",
  "status-text": "@TSP-23",
}

function catalog(faults: Record<string, FaultInfo>) {
  const out: Record<string, FaultInfo> = {}
  for (const [name, info] of Object.entries(faults))
    out[name] = {
      ...info,
      checks: [{ tags: checkedBy[name], blamed: info.violates }],
    }
  return out
}

const tsp: ProtocolModule<TspDrivers> = {
  protocols: [
    { name: "tsp", dir: "tsp", title: "9/TSP Titanic Service Protocol" },
  ],
  roles: {
    server: {
      description:
        "a Titanic server: MDP workers for titanic.request, titanic.reply and titanic.close, and an MDP client forwarding stored requests, all connected to the broker the suite plays; {dir} is its store, kept across restarts within a scenario",
      endpoints: {
        endpoint: { bind: "suite", description: "the broker's endpoint" },
      },
      // The start-up probe runs the server once, on a store of its own.
      get probeValues() {
        return { dir: probeDir() }
      },
    },
    client: {
      description:
        "a Titanic client: submits {body} for {service} through titanic.request, polls titanic.reply until the reply is there, exits 0 with it (non-zero when it gives up); the suite plays the broker and the Titanic server",
      endpoints: {
        endpoint: { bind: "suite", description: "the broker's endpoint" },
      },
      probeValues: { service: "echo", body: "hello" },
    },
  },
  options,
  claims: () => ({}),
  durations(o) {
    const heartbeat = num(o, "heartbeat-ms") ?? 2500
    const reply = num(o, "reply-timeout-ms") ?? Math.max(1000, 2 * heartbeat)
    return {
      "dispatch time": (num(o, "dispatch-ms") ?? 5000) + reply,
      "poll interval": (num(o, "poll-max-ms") ?? 5000) + reply,
    }
  },
  steps: join(__dirname, "steps"),
  // Required on use: `marque tsp server` does not load the suite.
  drivers: world =>
    new (
      require("./suite/drivers") as typeof import("./suite/drivers")
    ).TspDrivers(world),
  closeDrivers: d => d.close(),
  // Short timings so the suite runs in seconds: the server retries an
  // absent service after 50 ms, at most every 200 ms.
  reference: {
    server: {
      options: { "heartbeat-ms": 200, liveness: 5, "dispatch-ms": 1000 },
      command: (_p, o, f) =>
        `${marque} tsp server --connect {endpoint} --store {dir} --heartbeat-ms ${num(o, "heartbeat-ms")} --liveness ${num(o, "liveness")} --reconnect-ms ${num(o, "heartbeat-ms")} --client-timeout-ms 500 --retry-ms 50 --retry-max-ms 200 --log-level warn${fault(f)}`,
    },
    client: {
      options: { "heartbeat-ms": 200, liveness: 3, "poll-max-ms": 200 },
      command: (_p, o, f) =>
        `${marque} tsp client --connect {endpoint} --service {service} --timeout-ms 1000 --retries 1 --poll-ms 50 --poll-max-ms ${num(o, "poll-max-ms")} --wait-ms 3000 --log-level warn${fault(f)} {body}`,
    },
  },
  faults: () => ({
    server: catalog(serverFaults),
    client: catalog(clientFaults),
  }),
}

export default tsp
