import type {
  DecodeError,
  GoldenVector,
  MessageLayout,
  Requirement,
} from "../../codec"
import {
  type Base,
  foreignRoles,
  frameIndex,
  frameSpecs,
  type Mutation,
  type MutationKind,
  ops,
} from "./ops"
import type { WireProtocol } from "./wire"

/**
 * One-byte commands tried in place of each message's own: the low range
 * where specs put their commands, one past it, and the far ends. The
 * protocol's own command bytes are added to them.
 */
const probeCommands = [
  0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x0a, 0x7f, 0xff,
].map(b => Buffer.from([b]))

function commandValues(wire: WireProtocol): Buffer[] {
  const all = [...probeCommands, ...wire.commandValues()].sort(Buffer.compare)
  return all.filter((b, i) => i === 0 || !b.equals(all[i - 1]))
}

export interface EnumerationOptions {
  /** The message types to damage; default every layout of the protocol. */
  readonly layouts?: readonly MessageLayout[]
  /**
   * The well-formed frames to damage for a golden vector; default its own.
   * A scenario puts its own service and client address in, so that a
   * message the IUT wrongly acts on reaches a peer the suite watches.
   */
  readonly base?: (
    layout: MessageLayout,
    vector: GoldenVector,
  ) => readonly Buffer[]
  /** Sizes an oversize frame grows to. */
  readonly sizes?: readonly number[]
  /** How many junk frames an oversize count appends. */
  readonly counts?: readonly number[]
  /** Only these kinds; default every kind. Saves building megabytes of oversize frames for nothing. */
  readonly kinds?: readonly MutationKind[]
}

const defaults = { sizes: [256, 65_536, 1_048_576], counts: [1, 256, 10_000] }

/**
 * Every structured mutation of every golden vector of the given message
 * types, in a fixed order: what a report lists. Some of them happen to be
 * well-formed (a duplicated body frame is just a longer body); callers tell
 * those apart with WireProtocol.verdict(). A generator, because the
 * oversize ones are large.
 */
export function* enumerateMutations(
  wire: WireProtocol,
  o: EnumerationOptions = {},
): Generator<Mutation> {
  for (const layout of o.layouts ?? wire.layouts) {
    for (const v of wire.golden(layout)) {
      const frames = o.base ? o.base(layout, v) : v.frames
      yield* mutationsOf({ layout, frames, wire, vector: v.name }, o)
    }
  }
}

/** An enumerated mutation as one receiver's decoder sees it. */
export interface LabelledCase<R extends string = string> {
  readonly receiver: R
  readonly mutation: Mutation
  /** The decoder accepts it: not malformed after all, so never sent as such. */
  readonly valid: boolean
  /** Why the receiver's decoder rejects it, when it does. */
  readonly error?: DecodeError
  /** The catalog entry the error's rule names: the requirement the message breaks. */
  readonly requirement?: Requirement
}

export interface CaseOptions extends EnumerationOptions {
  /** The message types each receiver reads; default WireProtocol.layoutsFor. */
  readonly reads?: (receiver: string) => readonly MessageLayout[]
}

/**
 * The enumeration once per receiver of each source message (HEARTBEAT and
 * DISCONNECT go to broker and worker alike), each labelled valid or
 * rejected by that receiver's generated decoder.
 */
export function* enumerateCases<R extends string>(
  wire: WireProtocol,
  receivers: readonly R[],
  o: CaseOptions = {},
): Generator<LabelledCase<R>> {
  const reads = new Map(
    receivers.map(r => [
      r,
      new Set((o.reads ?? (x => wire.layoutsFor(x)))(r).map(l => l.title)),
    ]),
  )
  for (const mutation of enumerateMutations(wire, o)) {
    for (const [receiver, titles] of reads) {
      if (!titles.has(mutation.source)) continue
      const v = wire.verdict(receiver, mutation.frames)
      if (v.ok) {
        yield { receiver, mutation, valid: true }
        continue
      }
      yield {
        receiver,
        mutation,
        valid: false,
        error: v.error,
        requirement: wire.requirementOf(v.error),
      }
    }
  }
}

function* mutationsOf(base: Base, o: EnumerationOptions): Generator<Mutation> {
  const { layout, frames } = base
  const want = (kind: MutationKind) => !o.kinds || o.kinds.includes(kind)
  const specs = frameSpecs(layout, frames)
  for (let i = 0; i < frames.length; i++) {
    // No message has zero frames: dropping the only one is no mutation.
    if (want("drop") && frames.length > 1) yield ops.drop(base, i)
    if (want("duplicate")) yield ops.duplicate(base, i)
    for (const keep of new Set([frames[i].length - 1, 0])) {
      if (want("truncate") && keep >= 0 && keep < frames[i].length)
        yield ops.truncate(base, i, keep)
    }
    if (
      want("reorder") &&
      i + 1 < frames.length &&
      !frames[i].equals(frames[i + 1])
    )
      yield ops.swap(base, i, i + 1)
    // Literals, an envelope's delimiter among them.
    if (want("wrong-literal") && specs[i].literal)
      yield ops.wrongLiteral(base, i)
    for (const size of want("oversize-frame")
      ? (o.sizes ?? defaults.sizes)
      : []) {
      if (size > frames[i].length) yield ops.oversize(base, i, size)
    }
  }
  // An envelope of several address frames emptied at once (one of one
  // frame is emptied by dropping it, above).
  const envelope = layout.frames.find(f => f.envelope)
  if (want("drop") && envelope && specs.filter(s => s === envelope).length > 1)
    yield ops.emptyEnvelope(base)
  const last = frames.length - 1
  if (want("reorder") && last > 1 && !frames[0].equals(frames[last]))
    yield ops.swap(base, 0, last)
  if (want("foreign-header"))
    for (const role of foreignRoles(base)) yield ops.foreignHeader(base, role)
  const command = base.wire.commandOf(layout)
  if (want("wrong-command") && frameIndex(base, command) >= 0) {
    const own = command!.literal!
    for (const b of commandValues(base.wire))
      if (!own.equals(b)) yield ops.command(base, b)
    yield ops.command(base, Buffer.concat([own, Buffer.from([0])]))
    yield ops.command(base, Buffer.alloc(0))
    // The command spelled as a word: unless the protocol spells it so already.
    const word = Buffer.from(layout.consts.command ?? "X")
    if (!word.equals(own)) yield ops.command(base, word)
  }
  if (want("oversize-count"))
    for (const n of o.counts ?? defaults.counts) yield ops.extraFrames(base, n)
}
