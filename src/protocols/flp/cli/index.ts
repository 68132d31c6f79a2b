import type { Command } from "commander"
import { registerClient } from "./client"
import { registerServer } from "./server"

/** `marque flp server|client`: the 10/FLP reference peers. */
export function registerFlpCli(program: Command): void {
  const group = program
    .command("flp")
    .description(
      "10/FLP Freelance reference peers: server, client (models 1-3)",
    )
  registerServer(group)
  registerClient(group)
}
