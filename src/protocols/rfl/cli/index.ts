import type { Command } from "commander"
import { registerGateway } from "../gateway/cli"
import { registerClient } from "./client"
import { registerServer } from "./server"

/** `marque rfl server|client` and `marque gateway`. */
export function registerRflCli(program: Command): void {
  const group = program
    .command("rfl")
    .description(
      "Reliable Freelance (the pyzmq seed's dialect) reference peers: server, client",
    )
  registerServer(group)
  registerClient(group)
  registerGateway(program)
}
