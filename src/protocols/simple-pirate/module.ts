import { join } from "node:path"
import type { OptionSchema, ProtocolModule } from "../../harness/module"
import { packageRoot } from "../../package-root"
import { queueFaults } from "./peers/faults"
import type { SimplePirateDrivers } from "./suite/drivers"

const options: Record<string, OptionSchema> = {
  "reply-timeout-ms": {
    type: "integer",
    minimum: 1,
    maximum: 3_600_000,
    default: 1000,
    description:
      "how long the queue may take to pass a message on, on loopback; also how long the suite watches for what must not come",
  },
}

const marque = `exec "${process.execPath}" "${join(packageRoot, "bin/marque.js")}"`
const fault = (f?: string) => (f ? ` --fault ${f}` : "")

const simplePirate: ProtocolModule<SimplePirateDrivers> = {
  protocols: [
    {
      name: "simple-pirate",
      dir: "simple-pirate",
      title: "Simple Pirate (queue of REQ workers, Guide pattern)",
    },
  ],
  roles: {
    queue: {
      description:
        "a Simple Pirate queue: Lazy Pirate clients connect to {frontend}, REQ workers to {backend}",
      endpoints: {
        frontend: { bind: "iut", description: "where clients connect" },
        backend: { bind: "iut", description: "where workers connect" },
      },
    },
  },
  options,
  claims: () => ({}),
  steps: join(__dirname, "steps"),
  // Required on use: `marque simple-pirate queue` does not load the suite.
  drivers: world =>
    new (
      require("./suite/drivers") as typeof import("./suite/drivers")
    ).SimplePirateDrivers(world),
  closeDrivers: d => d.close(),
  reference: {
    queue: {
      options: { "reply-timeout-ms": 500 },
      command: (_p, _o, f) =>
        `${marque} simple-pirate queue --frontend {frontend} --backend {backend} --log-level warn${fault(f)}`,
    },
  },
  faults: () => ({ queue: queueFaults }),
}

export default simplePirate
