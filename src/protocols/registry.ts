import { existsSync, readdirSync } from "node:fs"
import { join } from "node:path"
import { UsageError } from "../errors"
import type { PeerCommands, ProtocolModule, RoleSpec } from "../harness/module"

/**
 * The one place that knows which protocols exist: every folder under
 * src/protocols with a module.ts (compiled next to this file). Adding a
 * protocol is adding its folders; nothing else lists protocols.
 */

export interface ProtocolEntry {
  /** The `--protocol` name, e.g. mdp/0.1. */
  name: string
  /** Folder name under specs/, schemas/, src/generated/ and features/. */
  dir: string
  title: string
  module: ProtocolModule
}

let loaded: ProtocolEntry[] | undefined

/** The default export of `<folder>/<file>` for every protocol folder that has one, in folder order. */
function eachFolder<T>(file: string): Array<{ file: string; value: T }> {
  const out: Array<{ file: string; value: T }> = []
  for (const folder of readdirSync(__dirname).sort()) {
    const path = join(__dirname, folder, file)
    if (existsSync(path))
      out.push({ file: path, value: (require(path) as { default: T }).default })
  }
  return out
}

/** Every registered protocol, in folder then declaration order. */
export function protocols(): readonly ProtocolEntry[] {
  if (loaded) return loaded
  const out: ProtocolEntry[] = []
  for (const { file, value: module } of eachFolder<ProtocolModule>(
    "module.js",
  )) {
    if (!module?.protocols)
      throw new Error(`${file} does not export a ProtocolModule as default`)
    for (const p of module.protocols) out.push({ ...p, module })
  }
  loaded = out
  return out
}

/**
 * Every protocol's reference-peer commands by name, from each folder's
 * commands.js alone: `marque broker` must not load every protocol module
 * (about a third of a peer's start-up CPU, paid by every scenario).
 */
export function peerCommands(): Map<string, PeerCommands[string]> {
  const out = new Map<string, PeerCommands[string]>()
  for (const { file, value } of eachFolder<PeerCommands>("commands.js"))
    for (const [name, load] of Object.entries(value)) {
      if (out.has(name))
        throw new Error(`${file}: command "${name}" is already registered`)
      out.set(name, load)
    }
  return out
}

/** The registered protocol of this name, or a usage error listing them all. */
export function protocolNamed(name: string): ProtocolEntry {
  const entry = protocols().find(p => p.name === name)
  if (!entry)
    throw new UsageError(
      `unknown protocol "${name}" (have: ${protocols()
        .map(p => p.name)
        .join(", ")})`,
    )
  return entry
}

/** A role of a protocol, or a usage error listing its roles. */
export function roleOf(entry: ProtocolEntry, role: string): RoleSpec {
  const spec = entry.module.roles[role]
  if (!spec)
    throw new UsageError(
      `${entry.name} has no role "${role}" (roles: ${Object.keys(entry.module.roles).join(", ")})`,
    )
  return spec
}

/** Every protocol and role pair, e.g. for CI matrices and `--help`. */
export function protocolRoles(): { protocol: ProtocolEntry; role: string }[] {
  return protocols().flatMap(protocol =>
    Object.keys(protocol.module.roles).map(role => ({ protocol, role })),
  )
}
