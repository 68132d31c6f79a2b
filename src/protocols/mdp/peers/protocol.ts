import { UsageError } from "../../../errors"
import * as v2 from "../../../generated/mdp-0.2"
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

/**
 * A 7/MDP rule ID as `protocol` numbers it: each 18/MDP rule names its 0.1
 * counterpart ("= MDP-n"). An ID without one (8/MMI) stays as it is.
 */
function ruleIn(protocol: MdpProtocol, id: string): string {
  if (protocol === "mdp/0.1") return id
  return v2.requirements.find(r => r.counterpart === id)?.id ?? id
}

/** The requirement IDs each fault of `catalog` breaks under `protocol`. */
export function faultRules<F extends string>(
  catalog: Readonly<Record<F, FaultInfo>>,
  protocol: MdpProtocol,
): Record<F, readonly string[]> {
  const out = {} as Record<F, readonly string[]>
  for (const fault of Object.keys(catalog) as F[])
    out[fault] = catalog[fault].violates.map(id => ruleIn(protocol, id))
  return out
}
