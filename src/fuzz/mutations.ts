import {
  enumerateCases as casesOf,
  enumerateMutations as mutationsOf,
  type LabelledCase,
  type Mutation,
} from "../harness/malformed"
import type { FuzzProtocol } from "./protocol"
import { seededChooser } from "./random"
import { randomMutation } from "./random-mutation"

export type { LabelledCase, Mutation, MutationKind } from "../harness/malformed"
export { randomMutation } from "./random-mutation"
export { FuzzProtocol, fuzzProtocol } from "./protocol"

/**
 * Every structured mutation of every golden vector of the protocol's
 * messages (or the layouts given), in a fixed order: what a report lists.
 * Some of them happen to be well-formed (a duplicated body frame is just a
 * longer body); callers tell those apart with FuzzProtocol.verdict().
 */
export function enumerateMutations(
  p: FuzzProtocol,
  layouts = p.wire.layouts,
): Generator<Mutation> {
  return mutationsOf(p.wire, { layouts })
}

/**
 * The enumeration once per role that receives each source message (in MDP,
 * HEARTBEAT and DISCONNECT go to broker and worker alike), each labelled
 * valid or rejected by that role's generated decoder.
 */
export function enumerateCases(
  p: FuzzProtocol,
  receivers: readonly string[] = p.receivers,
): Generator<LabelledCase> {
  return casesOf(p.wire, receivers)
}

/** Message `index` of the seeded stream for a receiver; rebuilt alone for reports. */
export function mutationAt(
  p: FuzzProtocol,
  seed: number,
  receiver: string,
  index: number,
): Mutation {
  return randomMutation(p, receiver, seededChooser(seed, index))
}

/**
 * The endless seeded stream of malformed messages for a receiver, from
 * index `from` on. Messages the receiver's decoder accepts are skipped
 * (counted in `skipped`): they are not malformed, and a valid DISCONNECT
 * or READY would change the peer's state rather than test its parser.
 */
export class MalformedStream {
  skipped = 0
  private index: number

  constructor(
    readonly protocol: FuzzProtocol,
    readonly seed: number,
    readonly receiver: string,
    from = 0,
  ) {
    this.index = from
  }

  next(): { index: number; mutation: Mutation } {
    const { protocol: p, seed, receiver } = this
    for (;;) {
      const index = this.index++
      const mutation = mutationAt(p, seed, receiver, index)
      if (!p.verdict(receiver, mutation.frames).ok) return { index, mutation }
      this.skipped++
    }
  }
}
