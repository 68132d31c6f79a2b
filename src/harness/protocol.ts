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

/**
 * features/mdp-0.1/broker for protocol mdp/0.1, role broker. Here, not
 * beside the Cucumber job: `marque test` itself must not load Cucumber,
 * which only its supervised child runs.
 */
export function featureDir(protocol: string, role: string): string {
  return join(packageRoot, "features", protocolDir(protocol), role)
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
