import type { Command } from "commander"
import { protocols } from "../protocols/registry"

/** Each protocol module's reference-peer commands (`marque broker`, `marque ppp queue`, …). */
export function registerPeers(program: Command): void {
  const seen = new Set<unknown>()
  for (const { module } of protocols()) {
    if (seen.has(module)) continue
    seen.add(module)
    module.registerCli?.(program)
  }
}
