import { join } from "node:path"
import type {
  FaultInfo,
  OptionSchema,
  Options,
  ProtocolModule,
} from "../../harness/module"
import { requirements as mdp02 } from "../../generated/mdp-0.2"
import { packageRoot } from "../../package-root"
import { brokerDialect } from "./peers/broker-dialect"
import { brokerFaults, clientFaults, workerFaults } from "./peers/faults"
import type { MdpDrivers } from "./suite/drivers"

const ms = (description: string, roles?: string[], dflt?: number) =>
  ({
    type: "integer",
    minimum: 1,
    maximum: 3_600_000,
    description,
    roles,
    default: dflt,
  }) satisfies OptionSchema

const options: Record<string, OptionSchema> = {
  "heartbeat-ms": ms("the IUT's heartbeat interval", undefined, 2500),
  liveness: {
    type: "integer",
    minimum: 1,
    maximum: 100,
    default: 3,
    description: "heartbeats the IUT lets a peer miss",
  },
  "reply-timeout-ms": ms("how long a reply may take"),
  "reconnect-ms": ms(
    "a worker IUT's pause before it reconnects (default: one heartbeat)",
    ["worker"],
  ),
  "request-expiry-ms": ms(
    "the broker expires queued requests after this long (claims MDP-15)",
    ["broker"],
  ),
  mmi: {
    type: "boolean",
    default: true,
    roles: ["broker"],
    description: "the broker answers 8/MMI requests (--no-mmi: it does not)",
  },
  "worker-busy-ms": ms(
    'a worker IUT spends this long on a request whose first body frame is "busy" (claims heartbeats while busy; at least 3 intervals)',
    ["worker"],
  ),
  "client-timeout-ms": ms(
    "a client IUT's wait for a reply before it retries (with --client-retries: claims MDP-12 retry)",
    ["client"],
  ),
  "client-retries": {
    type: "integer",
    minimum: 1,
    maximum: 100,
    roles: ["client"],
    description: "a client IUT's attempts in all before it gives up",
  },
}

const num = (o: Options, key: string) => o[key] as number | undefined

const marque = `exec "${process.execPath}" "${join(packageRoot, "bin/marque.js")}"`
const fault = (f?: string) => (f ? ` --fault ${f}` : "")

// The crash, freeze and partition scenarios (@faults) and the generated
// malformed batches (@malformed) cost seconds each: a switch is checked by the
// rest of the suite, plus those scenarios only where its violation shows.
const quick = "not @faults and not @malformed"
// The client scenario in which the suite never answers.
const withheld = "@claims-retry and not @faults"
const targeted: Record<
  string,
  [tags: string, protocol: string, ids: string[]][]
> = {
  "broker ignore-expiry": [
    ["@faults", "mdp/0.1", ["MDP-44"]],
    ["@faults", "mdp/0.2", ["MDP2-46"]],
  ],
  "broker ignore-unexpected": [["@faults", "mdp/0.1", ["MDP-33"]]],
  "broker double-dispatch": [["@faults", "mdp/0.1", ["MDP-48"]]],
  "broker misroute-reply": [["@faults", "mdp/0.2", ["MDP2-41"]]],
  "worker no-reconnect": [["@faults", "mdp/0.1", ["MDP-44"]]],
  "worker ready-late": [
    ["@faults", "mdp/0.1", ["MDP-24"]],
    ["@faults", "mdp/0.2", ["MDP2-25"]],
  ],
  "client no-retry": [["@faults", "mdp/0.1", ["MDP-12"]]],
  "client resend-early": [
    [withheld, "mdp/0.1", ["MDP-8"]],
    [withheld, "mdp/0.2", ["MDP2-9"]],
  ],
  "broker curve-accept-any": [
    ["@security", "mdp/0.1", ["SEC-2"]],
    ["@security", "mdp/0.2", ["SEC-2"]],
  ],
  "broker crash-on-invalid": [
    ["@mutation-drop", "mdp/0.1", ["MARQUE-ROBUST-1"]],
    ["@mutation-drop", "mdp/0.2", ["MARQUE-ROBUST-1"]],
  ],
}
// crash-on-invalid shows only on invalid input, which only @malformed sends.
// resend-early is a race wherever the suite answers (the early copy goes
// out a quarter of the timeout in, before or after the answer depending on
// the machine's load), so it is checked where the answer is withheld.
// curve-accept-any shows only over CURVE, which only @security judges
// (and only with --curve).
const targetedOnly = new Set([
  "crash-on-invalid",
  "resend-early",
  "curve-accept-any",
])
const overCurve = new Set(["curve-accept-any"])

/** A 0.1 rule as 18/MDP numbers it (its "= MDP-n" counterpart); MMI keeps its IDs. */
function in02(id: string): string {
  if (!id.startsWith("MDP-")) return id
  const r = mdp02.find(x => x.counterpart === id)
  if (!r) throw new Error(`${id} has no MDP/0.2 counterpart`)
  return r.id
}

function catalog(
  protocol: string,
  role: string,
  faults: Record<string, FaultInfo>,
): Record<string, FaultInfo> {
  const unsupported: Record<string, string> =
    role === "broker"
      ? brokerDialect(protocol as "mdp/0.1").unsupportedFaults
      : {}
  const out: Record<string, FaultInfo> = {}
  for (const [name, info] of Object.entries(faults)) {
    if (name in unsupported) continue
    const violates =
      protocol === "mdp/0.2" ? info.violates.map(in02) : info.violates
    const checks = [
      ...(targetedOnly.has(name) ? [] : [{ tags: quick, blamed: violates }]),
      ...(targeted[`${role} ${name}`] ?? [])
        .filter(([, p]) => p === protocol)
        .map(([tags, , blamed]) => ({
          tags,
          blamed,
          ...(overCurve.has(name) ? { args: ["--curve"] } : {}),
        })),
    ]
    out[name] = { ...info, violates, checks }
  }
  return out
}

const mdp: ProtocolModule<MdpDrivers> = {
  protocols: [
    {
      name: "mdp/0.1",
      dir: "mdp-0.1",
      title: "7/MDP Majordomo Protocol 0.1, with 8/MMI",
    },
    {
      name: "mdp/0.2",
      dir: "mdp-0.2",
      title: "18/MDP Majordomo Protocol 0.2, with 8/MMI",
    },
  ],
  roles: {
    broker: {
      description: "a Majordomo broker: clients and workers connect to it",
      endpoints: {
        endpoint: {
          bind: "iut",
          description: "where clients (and, with one socket, workers) connect",
        },
        backend: {
          bind: "iut",
          fallback: "endpoint",
          description:
            "where workers connect, when the broker binds a second endpoint for them",
        },
      },
    },
    worker: {
      description: "a Majordomo worker: connects to the broker the suite plays",
      endpoints: {
        endpoint: { bind: "suite", description: "the broker's endpoint" },
      },
      probeValues: { service: "echo" },
    },
    client: {
      description:
        "a Majordomo client: sends {body} to {service} through the broker the suite plays",
      endpoints: {
        endpoint: { bind: "suite", description: "the broker's endpoint" },
      },
      probeValues: { service: "echo", body: "hello" },
    },
  },
  options,
  claims(o) {
    const heartbeat = num(o, "heartbeat-ms") ?? 2500
    const busy = num(o, "worker-busy-ms")
    return {
      mmi:
        o.mmi === false
          ? "the IUT does not claim 8/MMI (--no-mmi, or mmi: false in the profile)"
          : undefined,
      "request-expiry":
        num(o, "request-expiry-ms") === undefined
          ? "the IUT declares no request expiry (set request-expiry-ms in the profile or --request-expiry-ms)"
          : undefined,
      "busy-worker":
        busy === undefined || busy < 3 * heartbeat
          ? "the worker declares no busy time (give --worker-busy-ms, at least 3 heartbeat intervals)"
          : undefined,
      retry:
        num(o, "client-timeout-ms") === undefined ||
        num(o, "client-retries") === undefined
          ? "the client claims no retry (give --client-timeout-ms and --client-retries, or set them in the profile)"
          : undefined,
    }
  },
  durations(o) {
    const heartbeat = num(o, "heartbeat-ms") ?? 2500
    const expiry = num(o, "request-expiry-ms")
    const reply = num(o, "reply-timeout-ms") ?? Math.max(1000, 2 * heartbeat)
    return {
      "request expiry time": expiry === undefined ? reply : expiry + heartbeat,
      "client timeout": num(o, "client-timeout-ms") ?? heartbeat,
    }
  },
  steps: join(__dirname, "steps"),
  // Required on use: `marque broker` does not load the suite.
  drivers: world =>
    new (
      require("./suite/drivers") as typeof import("./suite/drivers")
    ).MdpDrivers(world),
  closeDrivers: d => d.close(),
  // Short timings so the full suite runs in seconds; 200 ms leaves room for
  // two suites side by side on 2 cores. The judge only sees a command line.
  reference: {
    broker: {
      options: { "heartbeat-ms": 200, liveness: 3, "request-expiry-ms": 800 },
      command: (p, o, f) =>
        `${marque} broker --protocol ${p} --bind {endpoint} --heartbeat-ms ${num(o, "heartbeat-ms")} --liveness ${num(o, "liveness")} --request-expiry-ms ${num(o, "request-expiry-ms") ?? 800} --log-level warn${fault(f)}`,
      curve: "--curve-secret-key-file {curve_key} --curve-allow {curve_allow}",
    },
    worker: {
      options: {
        "heartbeat-ms": 200,
        liveness: 3,
        "reconnect-ms": 200,
        "worker-busy-ms": 700,
      },
      command: (p, o, f) =>
        `${marque} worker --protocol ${p} --connect {endpoint} --service {service} --heartbeat-ms ${num(o, "heartbeat-ms")} --liveness ${num(o, "liveness")} --reconnect-ms ${num(o, "reconnect-ms") ?? 200} --busy-ms ${num(o, "worker-busy-ms") ?? 0} --log-level warn${fault(f)}`,
    },
    client: {
      options: {
        "heartbeat-ms": 200,
        liveness: 3,
        "client-timeout-ms": 300,
        "client-retries": 3,
      },
      command: (p, o, f) =>
        `${marque} client --protocol ${p} --connect {endpoint} --service {service} --timeout-ms ${num(o, "client-timeout-ms") ?? 300} --retries ${num(o, "client-retries") ?? 3} --log-level warn${fault(f)} {body}`,
    },
  },
  faults: protocol => ({
    broker: catalog(protocol, "broker", brokerFaults),
    worker: catalog(protocol, "worker", workerFaults),
    client: catalog(protocol, "client", clientFaults),
  }),
  // The reference MDP/0.1 broker and worker; loaded only by the fuzzer.
  fuzz: () => (require("./fuzz") as typeof import("./fuzz")).fuzz,
}

export default mdp
