import { join } from "node:path"
import type {
  FaultInfo,
  OptionSchema,
  Options,
  ProtocolModule,
} from "../../harness/module"
import { packageRoot } from "../../package-root"
import { clientFaults, pairFaults } from "./peers/faults"
import type { BstarDrivers } from "./suite/drivers"

const ms = (description: string, roles: string[], dflt?: number) =>
  ({
    type: "integer",
    minimum: 1,
    maximum: 3_600_000,
    description,
    roles,
    default: dflt,
  }) satisfies OptionSchema

const options: Record<string, OptionSchema> = {
  "heartbeat-ms": ms(
    "the pair's heartbeat (BSTAR-4; the failover timeout is two of them). For a client IUT: the heartbeat of the pair it is meant for",
    ["pair", "client"],
    1000,
  ),
  "client-timeout-ms": ms(
    "a client IUT's wait for each reply before it switches server",
    ["client"],
    1000,
  ),
  "settle-ms": ms(
    "a client IUT's pause before it tries the other server",
    ["client"],
    2000,
  ),
  "give-up-after": {
    type: "integer",
    minimum: 4,
    maximum: 1000,
    roles: ["client"],
    description:
      "a client IUT gives up after this many tries in a row without a reply, over both servers, and exits non-zero (claims give-up; the Guide's client never gives up)",
  },
}

const num = (o: Options, key: string) => o[key] as number | undefined
const hb = (o: Options) => num(o, "heartbeat-ms") ?? 1000

const marque = `exec "${process.execPath}" "${join(packageRoot, "bin/marque.js")}"`
const fault = (f?: string) => (f ? ` --fault ${f}` : "")

/**
 * Where each pair switch shows, so CI runs those scenarios only (the whole
 * pair suite takes a minute; seven switches would take seven). Every
 * scenario a switch can affect carries one of these tags.
 */
const pairChecks: Record<string, string> = {
  "takeover-without-request": "@BSTAR-21",
  "stale-vote": "@BSTAR-21",
  "ignore-peer-state": "@BSTAR-8 or @BSTAR-9",
  "no-state": "@BSTAR-4 or @BSTAR-8",
  "primary-returns-active": "@BSTAR-8 or @BSTAR-11",
  "reject-with-reply": "@BSTAR-13 or @BSTAR-10 or @BSTAR-19",
  "survive-dual-active": "@BSTAR-16",
}

function targeted(
  faults: Record<string, FaultInfo>,
  tags: Record<string, string>,
): Record<string, FaultInfo> {
  return Object.fromEntries(
    Object.entries(faults).map(([name, info]) => [
      name,
      { ...info, checks: [{ tags: tags[name], blamed: info.violates }] },
    ]),
  )
}

const bstar: ProtocolModule<BstarDrivers> = {
  protocols: [
    { name: "bstar", dir: "bstar", title: "Binary Star primary/backup pair" },
  ],
  roles: {
    pair: {
      description:
        "a Binary Star pair: one command started twice, as {role} primary and backup, each told the other's state endpoint as {peer}",
      processes: ["primary", "backup"],
      endpoints: {
        frontend: {
          bind: "iut",
          description: "where clients connect (ROUTER)",
        },
        statepub: {
          bind: "iut",
          description: "where the server publishes its state (PUB)",
        },
      },
      // {peer}: the other server's statepub (BSTAR-1), as this one reaches
      // it: in a @netns scenario over the "peer" link the suite can cut.
      values: (process, _endpoints, viaPeer) => ({
        peer:
          viaPeer[process === "primary" ? "backup" : "primary"]?.statepub ?? "",
      }),
    },
    client: {
      description:
        "a Binary Star client: sends requests to {primary}, switching to {backup} and back after each timeout",
      endpoints: {
        primary: { bind: "suite", description: "the primary's frontend" },
        backup: { bind: "suite", description: "the backup's frontend" },
      },
      // The start-up probe binds only {primary}; a backup nobody listens on
      // is what a client meets when the backup is down.
      probeValues: { backup: "tcp://127.0.0.1:1" },
    },
  },
  options,
  claims(o) {
    return {
      "give-up":
        num(o, "give-up-after") === undefined
          ? "the client declares no give-up (the Guide's never gives up; give --give-up-after)"
          : undefined,
    }
  },
  durations(o) {
    return {
      "failover timeout": 2 * hb(o),
      // A state change shows at the next heartbeat tick: four of them, at least 1 s.
      "state window": Math.max(1000, 4 * hb(o)),
      "client timeout": num(o, "client-timeout-ms") ?? 1000,
      "settle delay": num(o, "settle-ms") ?? 2000,
    }
  },
  steps: join(__dirname, "steps"),
  // Required on use: `marque bstar pair` does not load the suite.
  drivers: world =>
    new (
      require("./suite/drivers") as typeof import("./suite/drivers")
    ).BstarDrivers(world),
  closeDrivers: d => d.close(),
  reference: {
    pair: {
      options: { "heartbeat-ms": 200 },
      command: (_p, o, f) =>
        `${marque} bstar pair --role {role} --frontend {frontend} --statepub {statepub} --peer {peer} --heartbeat-ms ${hb(o)} --log-level warn${fault(f)}`,
    },
    client: {
      options: {
        "heartbeat-ms": 400,
        "client-timeout-ms": 1000,
        "settle-ms": 1000,
        "give-up-after": 4,
      },
      command: (_p, o, f) =>
        `${marque} bstar client --primary {primary} --backup {backup} --timeout-ms ${num(o, "client-timeout-ms") ?? 1000} --settle-ms ${num(o, "settle-ms") ?? 1000} --pace-ms 100 --give-up-after ${num(o, "give-up-after") ?? 0} --log-level warn${fault(f)}`,
    },
  },
  faults: () => ({
    pair: targeted(pairFaults, pairChecks),
    client: clientFaults,
  }),
}

export default bstar
