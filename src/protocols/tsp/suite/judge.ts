import {
  describeDecodeError,
  renderFrames,
  type DecodeResult,
} from "../../../codec"
import {
  decodeCloseOut,
  decodeReplyOut,
  decodeRequestOut,
} from "../../../generated/tsp"
import { ConformanceFailure } from "../../../harness/verdict"
import { isDefinedStatus, services, statusCodeOf } from "../status"

export type Service = keyof typeof services

const layouts: Record<Service, (f: Buffer[]) => DecodeResult<unknown>> = {
  request: decodeRequestOut,
  reply: decodeReplyOut,
  close: decodeCloseOut,
}

/**
 * A Titanic reply body, judged in the order the rules nest: a status frame
 * first (TSP-21, TSP-22), then a code from the table (TSP-19; the scenario
 * that checks TSP-20 blames that), then the service's layout (TSP-7, TSP-8,
 * TSP-10, TSP-16). Resolves to the code; the text is never looked at (it is
 * free, TSP-22).
 */
export function judgeAnswer(
  service: Service,
  frames: Buffer[],
  codeRule: "TSP-19" | "TSP-20",
): string {
  const name = services[service]
  const shown = renderFrames(frames)
  if (frames.length === 0)
    throw new ConformanceFailure(
      "TSP-21",
      `${name} answers with a status frame`,
      "an empty reply body",
    )
  const code = statusCodeOf(frames[0])
  if (code === undefined)
    throw new ConformanceFailure(
      "TSP-22",
      "a status frame of three digits, optionally a space and text",
      `${name} answered ${shown}`,
    )
  if (!isDefinedStatus(code))
    throw new ConformanceFailure(
      codeRule,
      "a status code TSP defines: 200, 300, 400 or 500",
      `${name} answered ${code} (${shown})`,
    )
  const decoded = layouts[service](frames)
  if (!decoded.ok)
    throw new ConformanceFailure(
      decoded.error.rule,
      `a valid ${name} reply`,
      `${describeDecodeError(decoded.error)}; frames ${shown}`,
    )
  return code
}
