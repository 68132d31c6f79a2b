import type { Command } from "commander"
import { registerClient } from "./client"
import { registerDurability } from "./durability"
import { registerServer } from "./server"

/** `marque tsp server|client`: the reference Titanic peers. */
export function registerTspCli(program: Command): void {
  const group = program
    .command("tsp")
    .description(
      "reference Titanic (9/TSP) peers: a durable server, a client, and the durability experiment",
    )
  registerServer(group)
  registerClient(group)
  registerDurability(group)
}
