import { renderFrames } from "../codec"
import { ConformanceFailure, type Observation } from "./verdict"

/**
 * The launch contract of a client IUT (specs/marque.yaml): started with
 * {endpoint} {service} {body}, it sends {body} as its request body. A
 * client that sends another body broke how marque starts it, not a rule of
 * the protocol, so the failure names the contract (a suite-defined rule)
 * and no protocol requirement is blamed for it.
 */
export const launchContract = "MARQUE-CONTRACT-1"

/** Checks a client IUT's first request body against the {body} it was started with. */
export function requireLaunchBody(
  sent: readonly Buffer[],
  body: readonly Buffer[],
  observe?: (o: Observation) => void,
): void {
  const same =
    sent.length === body.length && sent.every((f, i) => f.equals(body[i]))
  if (same) {
    observe?.({
      rule: launchContract,
      grade: "pass",
      detail: `the request body was {body}, ${renderFrames([...body])}`,
    })
    return
  }
  throw new ConformanceFailure(
    launchContract,
    `the launch contract: a client IUT started with {endpoint} {service} {body} sends {body} as its request body, here ${renderFrames([...body])}`,
    `its first request's body was ${renderFrames([...sent])}: check the --start command passes {body} through unchanged (this is not a protocol verdict)`,
  )
}
