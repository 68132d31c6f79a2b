import type { Command } from "commander"
import { registerBroker } from "./peers/broker"
import { registerClient } from "./peers/client"
import { registerWorker } from "./peers/worker"

/** `marque broker|worker|client`: the MDP/0.1 reference peers. */
export function registerPeers(program: Command): void {
  registerBroker(program)
  registerWorker(program)
  registerClient(program)
}
