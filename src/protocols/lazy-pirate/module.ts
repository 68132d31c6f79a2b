import { join } from "node:path"
import type {
  OptionSchema,
  Options,
  ProtocolModule,
} from "../../harness/module"
import { packageRoot } from "../../package-root"
import { clientFaults, serverFaults } from "./peers/faults"
import type { LazyPirateDrivers } from "./suite/drivers"

const options: Record<string, OptionSchema> = {
  "reply-timeout-ms": {
    type: "integer",
    minimum: 1,
    maximum: 3_600_000,
    default: 1000,
    description:
      "how long a reply or a first request may take on loopback (a server's work time, with slack)",
  },
  "client-timeout-ms": {
    type: "integer",
    minimum: 1,
    maximum: 3_600_000,
    default: 2500,
    roles: ["client"],
    description:
      "the client's wait for each reply before it resends (the Guide's REQUEST_TIMEOUT)",
  },
  "client-retries": {
    type: "integer",
    minimum: 1,
    maximum: 100,
    default: 3,
    roles: ["client"],
    description:
      "the client's attempts per request, the first included (the Guide's REQUEST_RETRIES)",
  },
  "client-numbers": {
    type: "boolean",
    default: true,
    roles: ["client"],
    description:
      "the client numbers its requests, so a stale reply can be told apart (claims LPC-11; --no-client-numbers: it does not)",
  },
}

const num = (o: Options, key: string) => o[key] as number

const marque = `exec "${process.execPath}" "${join(packageRoot, "bin/marque.js")}"`
const fault = (f?: string) => (f ? ` --fault ${f}` : "")

const lazyPirate: ProtocolModule<LazyPirateDrivers> = {
  protocols: [
    {
      name: "lazy-pirate",
      dir: "lazy-pirate",
      title: "Lazy Pirate (client-side reliability, Guide pattern)",
    },
  ],
  roles: {
    client: {
      description:
        "a Lazy Pirate client: connects to {endpoint}, where the suite plays the server, and sends numbered requests one at a time, resending from a new socket after each timeout",
      endpoints: {
        endpoint: { bind: "suite", description: "the server's endpoint" },
      },
    },
    server: {
      description:
        "a plain REP server that answers each request once, with the request's bytes",
      endpoints: {
        endpoint: { bind: "iut", description: "where clients connect" },
      },
    },
  },
  options,
  claims(o) {
    return {
      numbered:
        o["client-numbers"] === false
          ? "the client does not number its requests (--no-client-numbers), so a stale reply cannot be told apart"
          : undefined,
      "three-attempts":
        num(o, "client-retries") < 3
          ? "the client declares fewer than 3 attempts: no attempt lies between the first and the last"
          : undefined,
    }
  },
  durations(o) {
    return { "client timeout": num(o, "client-timeout-ms") }
  },
  steps: join(__dirname, "steps"),
  // Required on use: `marque lazy-pirate client` does not load the suite.
  drivers: world =>
    new (
      require("./suite/drivers") as typeof import("./suite/drivers")
    ).LazyPirateDrivers(world),
  closeDrivers: d => d.close(),
  reference: {
    client: {
      options: { "client-timeout-ms": 600, "client-retries": 3 },
      command: (_p, o, f) =>
        `${marque} lazy-pirate client --connect {endpoint} --timeout-ms ${num(o, "client-timeout-ms")} --retries ${num(o, "client-retries")} --log-level warn${fault(f)}`,
    },
    server: {
      options: {},
      command: (_p, _o, f) =>
        `${marque} lazy-pirate server --bind {endpoint} --log-level warn${fault(f)}`,
    },
  },
  faults: () => ({ client: clientFaults, server: serverFaults }),
}

export default lazyPirate
