import {
  enumerateCases as casesOf,
  enumerateMutations as mutationsOf,
  type LabelledCase,
  type Mutation,
} from "../harness/malformed"
import { seededChooser } from "./random"
import { randomMutation } from "./random-mutation"
import { allLayouts, type Receiver, verdict, wire } from "./receivers"

export type { LabelledCase, Mutation, MutationKind } from "../harness/malformed"
export { randomMutation } from "./random-mutation"
export { allLayouts, layoutsFor, type Receiver, verdict } from "./receivers"

/**
 * Every structured mutation of every golden vector of every MDP/0.1
 * message, in a fixed order: what a report lists. Some of them happen to
 * be well-formed (a duplicated body frame is just a longer body); callers
 * tell those apart with verdict().
 */
export function enumerateMutations(layouts = allLayouts): Generator<Mutation> {
  return mutationsOf(wire, { layouts })
}

/**
 * The enumeration once per role that receives each source message (HEARTBEAT
 * and DISCONNECT go to broker and worker alike), each labelled valid or
 * rejected by that role's generated decoder.
 */
export function enumerateCases(
  receivers: readonly Receiver[] = ["broker", "worker", "client"],
): Generator<LabelledCase<Receiver>> {
  return casesOf(wire, receivers)
}

/** Message `index` of the seeded stream for a receiver; rebuilt alone for reports. */
export function mutationAt(
  seed: number,
  receiver: Receiver,
  index: number,
): Mutation {
  return randomMutation(receiver, seededChooser(seed, index))
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
    readonly seed: number,
    readonly receiver: Receiver,
    from = 0,
  ) {
    this.index = from
  }

  next(): { index: number; mutation: Mutation } {
    for (;;) {
      const index = this.index++
      const mutation = mutationAt(this.seed, this.receiver, index)
      if (!verdict(this.receiver, mutation.frames).ok)
        return { index, mutation }
      this.skipped++
    }
  }
}
