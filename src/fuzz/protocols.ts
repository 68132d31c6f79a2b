import { protocols } from "../protocols/registry"
import { type FuzzProtocol, fuzzProtocol } from "./protocol"
import type { FuzzSpec } from "./target"

/**
 * The fuzz specs of the registered protocol modules that have one
 * (ProtocolModule.fuzz), each once even when its module serves several
 * protocol names.
 */
function modulesFuzz(): FuzzSpec[] {
  const modules = new Set(protocols().map(p => p.module))
  return [...modules].flatMap(m => (m.fuzz ? [m.fuzz()] : []))
}

/** The fuzzable protocols by `--protocol` name: the protocol their generated codec speaks. */
export function fuzzSpecs(): ReadonlyMap<string, FuzzSpec> {
  return new Map(modulesFuzz().map(f => [f.generated.spec.protocol, f]))
}

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
