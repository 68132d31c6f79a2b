import { existsSync } from "node:fs"
import { join } from "node:path"
import type { Requirement } from "../codec"
import { packageRoot } from "../package-root"
import { protocolNamed } from "../protocols/registry"

interface GeneratedSpec {
  requirements: Requirement[]
}

/** The folder name of a protocol's specs, schemas, generated code and features (mdp/0.1 -> mdp-0.1). */
export function protocolDir(protocol: string): string {
  return protocolNamed(protocol).dir
}

/** The generated spec module of a registered protocol. */
export function generatedSpec(protocol: string): GeneratedSpec {
  const file = join(
    packageRoot,
    "dist/src/generated",
    protocolDir(protocol),
    "spec.js",
  )
  if (!existsSync(file))
    throw new Error(
      `${protocol} is registered but has no generated spec at ${file} (run npm run generate)`,
    )
  return require(file) as GeneratedSpec
}

/** The requirement catalog of a protocol, limited to one role. */
export function catalogFor(protocol: string, role: string): Requirement[] {
  return generatedSpec(protocol).requirements.filter(r =>
    r.roles.includes(role),
  )
}
