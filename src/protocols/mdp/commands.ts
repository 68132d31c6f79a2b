import type { PeerCommands } from "../../harness/module"

/**
 * This protocol's reference-peer commands (`marque <name>`), kept apart
 * from module.ts: the registry finds them without loading the module, so a
 * peer started for a scenario loads only its own command's code.
 */
const commands: PeerCommands = {
  broker: () =>
    (require("./cli/broker") as typeof import("./cli/broker")).registerBroker,
  worker: () =>
    (require("./cli/worker") as typeof import("./cli/worker")).registerWorker,
  client: () =>
    (require("./cli/client") as typeof import("./cli/client")).registerClient,
}

export default commands
