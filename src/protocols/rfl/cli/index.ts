import type { Command } from "commander"
import { registerClient } from "./client"
import { registerServer } from "./server"

/** `marque rfl server|client` (`marque gateway` is a command of its own). */
export function registerRflCli(program: Command): void {
  const group = program
    .command("rfl")
    .description(
      "Reliable Freelance (the pyzmq seed's dialect) reference peers: server, client",
    )
  registerServer(group)
  registerClient(group)
}
