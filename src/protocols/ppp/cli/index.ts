import type { Command } from "commander"
import { registerQueue } from "./queue"
import { registerWorker } from "./worker"

/** `marque ppp queue|worker`: the 6/PPP reference peers. */
export function registerPppCli(program: Command): void {
  const group = program
    .command("ppp")
    .description("6/PPP Paranoid Pirate reference peers: queue and worker")
  registerQueue(group)
  registerWorker(group)
}
