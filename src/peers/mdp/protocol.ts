import { UsageError } from "../../errors"
import type { FaultInfo } from "./faults"

/**
 * The MDP versions the reference worker and client speak, exactly one per
 * peer: 7/MDP (0.1) and 18/MDP (0.2) are not wire compatible (digest §8).
 */
export const mdpProtocols = ["mdp/0.1", "mdp/0.2"] as const

export type MdpProtocol = (typeof mdpProtocols)[number]

export const defaultMdpProtocol: MdpProtocol = "mdp/0.1"

/** The entry of `table` for `protocol`; UsageError for a version we lack. */
export function forProtocol<T>(
  table: Readonly<Record<MdpProtocol, T>>,
  protocol: MdpProtocol,
  role: string,
): T {
  if (!Object.prototype.hasOwnProperty.call(table, protocol)) {
    throw new UsageError(
      `unknown ${role} protocol "${protocol}" (have: ${mdpProtocols.join(", ")})`,
    )
  }
  return table[protocol]
}

/** The requirement IDs of each fault, as its catalog lists them (7/MDP). */
export function catalogRules<F extends string>(
  catalog: Readonly<Record<F, FaultInfo>>,
): Record<F, readonly string[]> {
  const out = {} as Record<F, readonly string[]>
  for (const fault of Object.keys(catalog) as F[])
    out[fault] = catalog[fault].violates
  return out
}
