import type { Command } from "commander"
import { protocols } from "../protocols/registry"

type Registrar = () => (program: Command) => void

/** Every protocol module's reference-peer commands (`marque broker`, `marque ppp`, …), by name. */
export function peerCommands(): Map<string, Registrar> {
  const out = new Map<string, Registrar>()
  for (const { module } of protocols())
    for (const [name, load] of Object.entries(module.commands ?? {}))
      out.set(name, load)
  return out
}
