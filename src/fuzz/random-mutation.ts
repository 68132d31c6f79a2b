import type { MessageLayout } from "../codec"
import {
  type Base,
  foreignRoles,
  frameIndex,
  frameSpecs,
  type Mutation,
  type MutationKind,
  ops,
} from "../harness/malformed"
import type { FuzzProtocol } from "./protocol"
import { type Chooser, pick, printable, randomBytes, weighted } from "./random"

/** How often each kind comes up in the random stream, per 1000 messages. */
const kindWeights: ReadonlyArray<readonly [number, MutationKind]> = [
  [150, "drop"],
  [120, "duplicate"],
  [120, "truncate"],
  [120, "reorder"],
  [150, "wrong-literal"],
  [60, "foreign-header"],
  [100, "wrong-command"],
  [20, "oversize-frame"],
  [10, "oversize-count"],
  [150, "random-multipart"],
]

/** Big frames and long messages are rare: they cost bandwidth, not insight. */
type Weights = ReadonlyArray<readonly [number, number]>
const sizeWeights: Weights = [
  [60, 256],
  [30, 4096],
  [9, 65_536],
  [1, 1_048_576],
]
const countWeights: Weights = [
  [70, 32],
  [28, 256],
  [2, 10_000],
]
const multipartWeights: ReadonlyArray<
  readonly [number, readonly [number, number]]
> = [
  [6, [1, 4]],
  [3, [5, 12]],
  [1, [13, 64]],
]

/**
 * One random malformed-or-not message for a receiver: a random layout the
 * receiver reads, a well-formed base with random fields, one random damage,
 * and sometimes a second one on top. Pure given the chooser.
 */
export function randomMutation(
  p: FuzzProtocol,
  receiver: string,
  choose: Chooser,
): Mutation {
  const kind = weighted(choose, kindWeights)
  if (kind === "random-multipart") return randomMultipart(p, receiver, choose)
  const base = randomBase(p, pick(choose, p.layoutsFor(receiver)), choose)
  const first = damage(base, kind, choose)
  if (choose.int(0, 3) > 0 || first.frames.length > 64) return first
  // Stack a second, layout-blind damage on the first.
  const second = pick(choose, [
    "drop",
    "duplicate",
    "truncate",
    "reorder",
  ] as const)
  const again = damage({ ...base, frames: first.frames }, second, choose)
  const what = again.name.slice(again.name.indexOf(": ") + 2)
  return { ...first, name: `${first.name} + ${what}`, frames: again.frames }
}

/** Frame i left out; but the only frame stays, as a message of no frames cannot be sent. */
function drop(base: Base, i: number): Mutation {
  return base.frames.length > 1 ? ops.drop(base, i) : ops.duplicate(base, i)
}

function damage(base: Base, kind: MutationKind, choose: Chooser): Mutation {
  const { layout, frames } = base
  const i = choose.int(0, frames.length - 1)
  switch (kind) {
    case "drop":
      return drop(base, i)
    case "duplicate":
      return ops.duplicate(base, i)
    case "truncate":
      if (frames[i].length === 0) return drop(base, i)
      return ops.truncate(base, i, choose.int(0, frames[i].length - 1))
    case "reorder": {
      const j = choose.int(0, frames.length - 1)
      return frames[i].equals(frames[j])
        ? ops.duplicate(base, i)
        : ops.swap(base, i, j)
    }
    case "wrong-literal": {
      const literals = frameSpecs(layout, frames).flatMap((f, k) =>
        f.literal ? [k] : [],
      )
      // A layout of fields only: reorder is the nearest damage.
      if (literals.length === 0) return damage(base, "reorder", choose)
      return ops.wrongLiteral(base, pick(choose, literals))
    }
    case "foreign-header": {
      // A protocol or message without headers: damage a literal instead.
      const roles = foreignRoles(base)
      if (roles.length === 0) return damage(base, "wrong-literal", choose)
      return ops.foreignHeader(base, pick(choose, roles))
    }
    case "wrong-command": {
      // A message with no command frame (MDP's client commands): damage a literal instead.
      if (frameIndex(base, base.wire.commandOf(layout)) < 0)
        return damage(base, "wrong-literal", choose)
      const bytes =
        choose.int(0, 9) > 0
          ? Buffer.from([choose.int(0, 255)])
          : randomBytes(choose, 0, 4)
      return ops.command(base, bytes)
    }
    case "oversize-frame":
      return ops.oversize(
        base,
        i,
        Math.max(frames[i].length + 1, weighted(choose, sizeWeights)),
      )
    case "oversize-count":
      return ops.extraFrames(base, weighted(choose, countWeights))
    case "random-multipart":
      throw new Error("random multiparts have no base")
  }
}

/**
 * A well-formed message of the layout with random field values, or its
 * golden vector when the random values do not fit the schema (an MMI
 * status must be "200" or "404").
 */
function randomBase(
  p: FuzzProtocol,
  layout: MessageLayout,
  choose: Chooser,
): Base {
  const { wire } = p
  const fallback = {
    layout,
    frames: pick(choose, p.golden(layout)).frames,
    wire,
  }
  if (choose.int(0, 1) === 0) return fallback
  const frames: Buffer[] = []
  for (const f of layout.frames) {
    if (f.literal) frames.push(f.literal)
    else if (f.envelope) {
      for (let n = choose.int(1, 3); n > 0; n--)
        frames.push(randomBytes(choose, 1, 16))
      frames.push(Buffer.alloc(0))
    } else if (f.repeat)
      for (let n = choose.int(1, 3); n > 0; n--)
        frames.push(randomBytes(choose, 0, 24))
    else if (f.as === "text")
      frames.push(Buffer.from(printable(choose, 1, 20), "latin1"))
    else frames.push(randomBytes(choose, 1, 16))
  }
  return p.fitsLayout(layout, frames) ? { layout, frames, wire } : fallback
}

/** Frames a confused peer might send (the protocol's plausible ones, small bytes, junk), in any number. */
function randomMultipart(
  p: FuzzProtocol,
  receiver: string,
  choose: Chooser,
): Mutation {
  const [min, max] = weighted(choose, multipartWeights)
  const count = choose.int(min, max)
  const frames: Buffer[] = []
  for (let n = 0; n < count; n++) {
    const roll = choose.int(0, 9)
    if (roll < 4) frames.push(pick(choose, p.plausibleFrames))
    else if (roll < 7) frames.push(Buffer.from([choose.int(0, 7)]))
    else frames.push(randomBytes(choose, 0, 48))
  }
  return {
    name: `random multipart of ${count} frames`,
    kind: "random-multipart",
    source: "random",
    rule: p.invalidRule(receiver),
    frames,
  }
}
