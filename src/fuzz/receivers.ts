import { decodeWith, type MessageLayout, type Validator } from "../codec"
import * as mdp from "../generated/mdp-0.1"
import * as validators from "../generated/mdp-0.1/validators"
import { wireProtocol } from "../harness/malformed"

/** The fuzzer's protocol: MDP/0.1, as the generic enumeration reads it. */
export const wire = wireProtocol(mdp)

/** The roles that receive MDP/0.1 messages, each with its channel decoder. */
export const channels = {
  broker: wire.receiving("broker"),
  worker: wire.receiving("worker"),
  client: wire.receiving("client"),
} as const

export type Receiver = keyof typeof channels

/** What the receiver's generated decoder makes of the frames. */
export const verdict = (receiver: Receiver, frames: readonly Buffer[]) =>
  wire.verdict(receiver, frames)

/** Every MDP/0.1 message layout, in a stable order. */
export const allLayouts: readonly MessageLayout[] = wire.layouts

const validatorOf = validators as unknown as Record<string, Validator>

/** True if the frames are a well-formed message of this very layout. */
export function fitsLayout(
  layout: MessageLayout,
  frames: readonly Buffer[],
): boolean {
  return decodeWith(layout, validatorOf[layout.title], frames).ok
}

export const goldenOf = (layout: MessageLayout) => wire.golden(layout)

/**
 * The layouts a role receives: those whose golden vectors its decoder
 * accepts (MMI requests are client REQUESTs, HEARTBEAT goes both ways).
 */
export const layoutsFor = (receiver: Receiver): MessageLayout[] =>
  wire.layoutsFor(receiver)
