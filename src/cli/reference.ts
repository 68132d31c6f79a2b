import { UsageError } from "../errors"
import type { Options } from "../harness/module"
import { protocolNamed } from "../protocols/registry"

export interface Reference {
  options: Options
  command(protocol: string, options: Options, fault?: string): string
  /** Arguments that make it a CURVE server (ReferencePeer.curve). */
  curve?: string
}

/**
 * marque's own peer for a role, as its protocol module declares it: short
 * timings so the full suite runs in seconds. The judge only sees a command
 * line, as for any third-party IUT.
 */
export function referenceFor(protocol: string, role: string): Reference {
  const { module } = protocolNamed(protocol)
  const r = module.reference[role]
  if (!r)
    throw new UsageError(
      `no reference implementation for ${protocol} ${role} (have: ${Object.keys(module.reference).join(", ")})`,
    )
  return r
}
