import {
  type Base,
  type Mutation,
  commandIndex,
  foreignRoles,
  ops,
} from "./mutation-ops"
import { seededChooser } from "./random"
import { randomMutation } from "./random-mutation"
import type { DecodeError } from "../codec"
import {
  allLayouts,
  goldenOf,
  layoutsFor,
  type Receiver,
  verdict,
} from "./receivers"

export type { Mutation, MutationKind } from "./mutation-ops"
export { randomMutation } from "./random-mutation"
export { allLayouts, layoutsFor, type Receiver, verdict } from "./receivers"

const commandValues = [
  0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x0a, 0x7f, 0xff,
]
const sizes = [256, 65_536, 1_048_576]
const counts = [1, 256, 10_000]

/**
 * Every structured mutation of every golden vector of every MDP/0.1
 * message, in a fixed order: what a report lists. Some of them happen to
 * be well-formed (a duplicated body frame is just a longer body); callers
 * tell those apart with verdict(). A generator, because the oversize ones
 * are large.
 */
export function* enumerateMutations(layouts = allLayouts): Generator<Mutation> {
  for (const layout of layouts) {
    for (const v of goldenOf(layout))
      yield* mutationsOf({ layout, frames: v.frames })
  }
}

/** An enumerated mutation as one receiver's decoder sees it. */
export interface LabelledCase {
  readonly receiver: Receiver
  readonly mutation: Mutation
  /** The decoder accepts it: not malformed after all, so never sent as such. */
  readonly valid: boolean
  /** Why the decoder rejects it, when it does. */
  readonly error?: DecodeError
}

/**
 * The enumeration once per role that receives each source message (HEARTBEAT
 * and DISCONNECT go to broker and worker alike), each labelled valid or
 * rejected by that role's generated decoder.
 */
export function* enumerateCases(
  receivers: readonly Receiver[] = ["broker", "worker", "client"],
): Generator<LabelledCase> {
  const reads = new Map(receivers.map(r => [r, new Set(layoutsFor(r))]))
  for (const mutation of enumerateMutations()) {
    for (const [receiver, layouts] of reads) {
      if (![...layouts].some(l => l.title === mutation.source)) continue
      const v = verdict(receiver, mutation.frames)
      const error = v.ok ? undefined : v.error
      yield { receiver, mutation, valid: v.ok, error }
    }
  }
}

function* mutationsOf(base: Base): Generator<Mutation> {
  const { layout, frames } = base
  for (let i = 0; i < frames.length; i++) {
    yield ops.drop(base, i)
    yield ops.duplicate(base, i)
    for (const keep of new Set([frames[i].length - 1, 0])) {
      if (keep >= 0 && keep < frames[i].length)
        yield ops.truncate(base, i, keep)
    }
    if (i + 1 < frames.length && !frames[i].equals(frames[i + 1]))
      yield ops.swap(base, i, i + 1)
    if (layout.frames[i]?.literal && !layout.frames[i].repeat)
      yield ops.wrongLiteral(base, i)
    for (const size of sizes)
      if (size > frames[i].length) yield ops.oversize(base, i, size)
  }
  const last = frames.length - 1
  if (last > 1 && !frames[0].equals(frames[last])) yield ops.swap(base, 0, last)
  for (const role of foreignRoles(layout)) yield ops.foreignHeader(base, role)
  const at = commandIndex(layout)
  if (at >= 0) {
    for (const b of commandValues) {
      if (!layout.frames[at].literal!.equals(Buffer.from([b])))
        yield ops.command(base, Buffer.from([b]))
    }
    yield ops.command(
      base,
      Buffer.concat([layout.frames[at].literal!, Buffer.from([0])]),
    )
    yield ops.command(base, Buffer.alloc(0))
    yield ops.command(base, Buffer.from(layout.consts.command ?? "X"))
  }
  for (const n of counts) yield ops.extraFrames(base, n)
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
