import { spec } from "../../generated/tsp"

/** The four TSP status codes (TSP-19); anything else breaks TSP-20. */
export const status = spec.constants.statusCodes

export type StatusCode = (typeof status)[keyof typeof status]

const defined: ReadonlySet<string> = new Set(Object.values(status))

/** The three TSP services, by what they do. */
export const services = spec.constants.services

/**
 * The code of a status frame: its first three characters when they are
 * digits followed by nothing or a space (TSP-22), else undefined. The text
 * after the space is ignored, as a client must (TSP-23): "200 OK" is 200.
 */
export function statusCodeOf(
  frame: Uint8Array | undefined,
): string | undefined {
  if (!frame) return undefined
  const text = Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength)
  const head = text.subarray(0, 4).toString("latin1")
  return /^[0-9]{3}( |$)/.test(head) ? head.slice(0, 3) : undefined
}

/** TSP-19, TSP-20: whether a code is one TSP defines. */
export function isDefinedStatus(code: string): code is StatusCode {
  return defined.has(code)
}
