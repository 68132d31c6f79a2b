import type { Command } from "commander"
import { registerClient } from "./client"
import { registerServer } from "./server"

/** `marque lazy-pirate client|server`: the Lazy Pirate reference peers. */
export function registerLazyPirateCli(program: Command): void {
  const group = program
    .command("lazy-pirate")
    .description(
      "Lazy Pirate reference peers: a retrying REQ client and a plain REP echo server",
    )
  registerClient(group)
  registerServer(group)
}
