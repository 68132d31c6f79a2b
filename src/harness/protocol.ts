import { existsSync } from "node:fs"
import { join } from "node:path"
import type { Requirement } from "../codec"
import { UsageError } from "../errors"
import { packageRoot } from "../package-root"

interface GeneratedSpec {
  spec: { roles: Record<string, { binds?: boolean }> }
  requirements: Requirement[]
}

/** mdp/0.1 -> mdp-0.1: the folder name of a protocol's specs, schemas, generated code and features. */
export function protocolDir(protocol: string): string {
  return protocol.replace("/", "-")
}

/** The generated spec module of a protocol: found by convention, so a new protocol needs no harness change. */
export function generatedSpec(protocol: string): GeneratedSpec {
  const file = join(
    packageRoot,
    "dist/src/generated",
    protocolDir(protocol),
    "spec.js",
  )
  if (!existsSync(file))
    throw new UsageError(
      `unknown protocol "${protocol}" (no generated spec at ${file})`,
    )
  return require(file) as GeneratedSpec
}

/** The requirement catalog of a protocol, limited to one role. */
export function catalogFor(protocol: string, role: string): Requirement[] {
  return generatedSpec(protocol).requirements.filter(r =>
    r.roles.includes(role),
  )
}

/** Whether the IUT in this role binds (a broker), or connects to a peer the suite binds (a worker, a client). */
export function iutBinds(protocol: string, role: string): boolean {
  const roles = generatedSpec(protocol).spec.roles
  if (!(role in roles))
    throw new UsageError(
      `${protocol} has no role "${role}" (roles: ${Object.keys(roles).join(", ")})`,
    )
  return roles[role].binds === true
}
