import { join } from "node:path"
import type {
  FaultInfo,
  OptionSchema,
  Options,
  ProtocolModule,
} from "../../harness/module"
import { packageRoot } from "../../package-root"
import { queueFaults, workerFaults } from "./peers/faults"
import type { PppDrivers } from "./suite/drivers"

const ms = (description: string, dflt?: number, roles?: string[]) =>
  ({
    type: "integer",
    minimum: 1,
    maximum: 3_600_000,
    description,
    default: dflt,
    roles,
  }) satisfies OptionSchema

const options: Record<string, OptionSchema> = {
  "heartbeat-ms": ms(
    "the IUT's heartbeat interval (the Guide's 1000 ms)",
    1000,
  ),
  liveness: {
    type: "integer",
    minimum: 1,
    maximum: 100,
    default: 3,
    description: "heartbeat intervals the IUT lets its peer stay silent",
  },
  "reply-timeout-ms": ms("how long a reply may take on loopback"),
  "reconnect-ms": ms(
    "a worker IUT's longest pause before it reconnects: the cap of its back-off (default: one heartbeat interval)",
    undefined,
    ["worker"],
  ),
  "worker-busy-ms": ms(
    'a worker IUT spends this long on a request whose first content frame is "busy" (claims heartbeats while busy; at least 3 intervals)',
    undefined,
    ["worker"],
  ),
}

const num = (o: Options, key: string) => o[key] as number | undefined

const marque = `exec "${process.execPath}" "${join(packageRoot, "bin/marque.js")}"`
const fault = (f?: string) => (f ? ` --fault ${f}` : "")

// The crash, freeze and partition scenarios (@faults) cost seconds each: a
// switch is checked by the rest of the suite, plus those scenarios only
// where its violation shows there.
const quick = "not @faults"
const targeted: Record<string, Record<string, string[]>> = {
  queue: { "ignore-expiry": ["PPP-13"] },
  worker: { "no-reconnect": ["PPP-11"] },
}

function catalog(
  role: string,
  faults: Record<string, FaultInfo>,
): Record<string, FaultInfo> {
  const out: Record<string, FaultInfo> = {}
  for (const [name, info] of Object.entries(faults)) {
    const more = targeted[role]?.[name]
    const checks = [
      { tags: quick, blamed: info.violates },
      ...(more ? [{ tags: "@faults", blamed: more }] : []),
    ]
    out[name] = { ...info, checks }
  }
  return out
}

const ppp: ProtocolModule<PppDrivers> = {
  protocols: [
    { name: "ppp", dir: "ppp", title: "6/PPP Paranoid Pirate Protocol" },
  ],
  roles: {
    queue: {
      description:
        "a Paranoid Pirate queue: Lazy Pirate clients connect to {frontend}, 6/PPP workers to {backend}",
      endpoints: {
        frontend: { bind: "iut", description: "where clients connect" },
        backend: { bind: "iut", description: "where workers connect" },
      },
    },
    worker: {
      description:
        "a Paranoid Pirate worker: connects to {endpoint}, where the suite plays the queue",
      endpoints: {
        endpoint: { bind: "suite", description: "the queue's backend" },
      },
    },
  },
  options,
  claims(o) {
    const heartbeat = num(o, "heartbeat-ms") ?? 1000
    const busy = num(o, "worker-busy-ms")
    return {
      "busy-worker":
        busy === undefined || busy < 3 * heartbeat
          ? "the worker declares no busy time (give --worker-busy-ms, at least 3 heartbeat intervals)"
          : undefined,
    }
  },
  steps: join(__dirname, "steps"),
  // Required on use: `marque ppp queue` does not load the suite.
  drivers: world =>
    new (
      require("./suite/drivers") as typeof import("./suite/drivers")
    ).PppDrivers(world),
  closeDrivers: d => d.close(),
  // Short timings so each suite runs in seconds; the judge only sees a command line.
  reference: {
    queue: {
      options: { "heartbeat-ms": 200, liveness: 3 },
      command: (_p, o, f) =>
        `${marque} ppp queue --frontend {frontend} --backend {backend} --heartbeat-ms ${num(o, "heartbeat-ms")} --liveness ${num(o, "liveness")} --log-level warn${fault(f)}`,
    },
    worker: {
      options: {
        "heartbeat-ms": 200,
        liveness: 3,
        "reconnect-ms": 400,
        "worker-busy-ms": 700,
      },
      command: (_p, o, f) => {
        const cap = num(o, "reconnect-ms") ?? num(o, "heartbeat-ms")!
        return `${marque} ppp worker --connect {endpoint} --heartbeat-ms ${num(o, "heartbeat-ms")} --liveness ${num(o, "liveness")} --reconnect-ms ${Math.min(100, cap)} --reconnect-max-ms ${cap} --busy-ms ${num(o, "worker-busy-ms") ?? 0} --log-level warn${fault(f)}`
      },
    },
  },
  faults: () => ({
    queue: catalog("queue", queueFaults),
    worker: catalog("worker", workerFaults),
  }),
}

export default ppp
