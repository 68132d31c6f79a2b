import type { Command } from "commander"
import { registerClient } from "./client"
import { registerServer } from "./server"

/** `marque tsp server|client`: the reference Titanic peers. */
export function registerTspCli(program: Command): void {
  const group = program
    .command("tsp")
    .description(
      "reference Titanic (9/TSP) peers: a durable server and a client",
    )
  registerServer(group)
  registerClient(group)
}
