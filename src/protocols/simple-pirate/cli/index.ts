import type { Command } from "commander"
import { registerQueue } from "./queue"

/** `marque simple-pirate queue`: the Simple Pirate reference queue. */
export function registerSimplePirateCli(program: Command): void {
  const group = program
    .command("simple-pirate")
    .description("Simple Pirate reference peer: the queue of REQ workers")
  registerQueue(group)
}
