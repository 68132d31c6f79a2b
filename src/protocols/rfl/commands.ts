import type { PeerCommands } from "../../harness/module"

/**
 * This protocol's reference-peer commands (`marque <name>`), kept apart
 * from module.ts: the registry finds them without loading the module, so a
 * peer started for a scenario loads only its own command's code.
 */
const commands: PeerCommands = {
  rfl: () => (require("./cli") as typeof import("./cli")).registerRflCli,
  gateway: () =>
    (require("./gateway/cli") as typeof import("./gateway/cli"))
      .registerGateway,
}

export default commands
