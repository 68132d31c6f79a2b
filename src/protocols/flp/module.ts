import { join } from "node:path"
import type {
  FaultInfo,
  OptionSchema,
  Options,
  ProtocolModule,
} from "../../harness/module"
import { packageRoot } from "../../package-root"
import { registerFlpCli } from "./cli"
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
  },
  options,
  claims: () => ({}),
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
  },
  faults: () => ({ server: catalog(serverFaults) }),
  registerCli: registerFlpCli,
}

void num
void clientFaults
export default flp
