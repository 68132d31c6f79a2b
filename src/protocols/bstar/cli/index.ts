import type { Command } from "commander"
import { registerClient } from "./client"
import { registerPair } from "./pair"

/** `marque bstar pair|client`: the Binary Star reference peers. */
export function registerBstar(program: Command): void {
  const group = program
    .command("bstar")
    .description(
      "Binary Star reference peers: one server of a pair, or a client",
    )
  registerPair(group)
  registerClient(group)
}
