import { join } from "node:path"
import type {
  FaultInfo,
  OptionSchema,
  ProtocolModule,
} from "../../harness/module"
import { packageRoot } from "../../package-root"
import { registerRflCli } from "./cli"
import { serverFaults } from "./peers/faults"
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
  counter: {
    type: "boolean",
    default: true,
    roles: ["server"],
    description:
      "the server's OK result starts with a frame counting its executions so far (how the suite sees a request run twice); --no-counter: it does not",
  },
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
  },
  options,
  claims: o => ({
    counter:
      o.counter === false
        ? "the server puts no execution counter in its results (--no-counter): a second run cannot be seen"
        : undefined,
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
  },
  faults: () => ({ server: catalog(serverFaults) }),
  registerCli: registerRflCli,
}

export default rfl
