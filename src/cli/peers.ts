import type { Command } from "commander"
import { registerBroker } from "../protocols/mdp/cli/broker"
import { registerClient } from "../protocols/mdp/cli/client"
import { registerWorker } from "../protocols/mdp/cli/worker"

/** `marque broker|worker|client`: the MDP/0.1 reference peers. */
export function registerPeers(program: Command): void {
  registerBroker(program)
  registerWorker(program)
  registerClient(program)
}
