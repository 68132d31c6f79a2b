import {
  type Channel,
  type DecodeResult,
  decodeWith,
  type MessageLayout,
  type Validator,
} from "../codec"
import * as mdp from "../generated/mdp-0.1"
import * as validators from "../generated/mdp-0.1/validators"

/** The roles that receive MDP/0.1 messages, each with its channel decoder. */
export const channels = {
  broker: mdp.atBroker,
  worker: mdp.toWorker,
  client: mdp.toClient,
} as const satisfies Record<string, Channel>

export type Receiver = keyof typeof channels

const decoders: Record<
  Receiver,
  (f: readonly Uint8Array[]) => DecodeResult<unknown>
> = {
  broker: mdp.decodeAtBroker,
  worker: mdp.decodeToWorker,
  client: mdp.decodeToClient,
}

/** What the receiver's generated decoder makes of the frames. */
export function verdict(
  receiver: Receiver,
  frames: readonly Buffer[],
): DecodeResult<unknown> {
  return decoders[receiver](frames)
}

/** Every MDP/0.1 message layout, in a stable order. */
export const allLayouts: readonly MessageLayout[] = Object.values(
  mdp.layouts,
).sort((a, b) => a.title.localeCompare(b.title))

const validatorOf = validators as unknown as Record<string, Validator>

/** True if the frames are a well-formed message of this very layout. */
export function fitsLayout(
  layout: MessageLayout,
  frames: readonly Buffer[],
): boolean {
  return decodeWith(layout, validatorOf[layout.title], frames).ok
}

export const goldenOf = (layout: MessageLayout) =>
  mdp.vectors.filter(v => v.type === layout.title)

/**
 * The layouts a role receives: those whose golden vectors its decoder
 * accepts (MMI requests are client REQUESTs, HEARTBEAT goes both ways).
 */
export function layoutsFor(receiver: Receiver): MessageLayout[] {
  return allLayouts.filter(l =>
    goldenOf(l).some(v => verdict(receiver, v.frames).ok),
  )
}
