import { fuzz as mdp } from "../protocols/mdp/fuzz"
import { type FuzzProtocol, fuzzProtocol } from "./protocol"
import type { FuzzSpec } from "./target"

/**
 * The protocols the fuzzer can attack, by `--protocol` name: each module's
 * `fuzz` field (ProtocolModule.fuzz), named by the protocol its generated
 * codec speaks.
 *
 * Until the protocol registry lands this reads MDP's directly; then it
 * becomes a walk over the registered modules, and this file is the only
 * one of src/fuzz that changes.
 */
function modulesFuzz(): readonly FuzzSpec[] {
  return [mdp]
}

export function fuzzSpecs(): ReadonlyMap<string, FuzzSpec> {
  return new Map(modulesFuzz().map(f => [f.generated.spec.protocol, f]))
}

/** The protocol the fuzzer attacks when none is named. */
export const defaultProtocol = "mdp/0.1"

/** The fuzz spec of a protocol; throws, listing the ones there are, for another name. */
export function fuzzSpecFor(protocol: string): FuzzSpec {
  const specs = fuzzSpecs()
  const spec = specs.get(protocol)
  if (!spec)
    throw new Error(
      `no fuzz targets for protocol "${protocol}" (there are: ${[...specs.keys()].join(", ")})`,
    )
  return spec
}

/** The generated protocol a named protocol's malformed stream is made of. */
export function fuzzProtocolFor(protocol: string): FuzzProtocol {
  return fuzzProtocol(fuzzSpecFor(protocol).generated)
}
