import type { FrameSpec, MessageLayout } from "../../codec"
import type { WireProtocol } from "./wire"

/** How a well-formed message was damaged. */
export type MutationKind =
  | "drop"
  | "duplicate"
  | "truncate"
  | "reorder"
  | "wrong-literal"
  | "foreign-header"
  | "wrong-command"
  | "oversize-frame"
  | "oversize-count"
  | "random-multipart"

/** The kinds the enumeration derives from a layout (a random multipart has none). */
export const structuredKinds = [
  "drop",
  "duplicate",
  "truncate",
  "reorder",
  "wrong-literal",
  "foreign-header",
  "wrong-command",
  "oversize-frame",
  "oversize-count",
] as const satisfies readonly MutationKind[]

export type StructuredKind = (typeof structuredKinds)[number]

export function isStructuredKind(kind: string): kind is StructuredKind {
  return (structuredKinds as readonly string[]).includes(kind)
}

/**
 * One malformed message and the requirement it breaks. The rule is the
 * damaged frame's `rule` from the layout, or the message's own rule when
 * the damage is to the frame count; a random multipart, which has no
 * layout, breaks the receiving channel's rule. A receiver's decoder may
 * blame another rule (see LabelledCase.error): it reads the message
 * without knowing which type it was derived from.
 */
export interface Mutation {
  /** For reports, e.g. "WorkerReady: drop service (frame 3)". */
  readonly name: string
  readonly kind: MutationKind
  /** Layout title of the message it was derived from, or "random". */
  readonly source: string
  /** The golden vector it was derived from, when it was one. */
  readonly vector?: string
  /** Name of the damaged frame in that layout, when there is one. */
  readonly frame?: string
  readonly rule: string
  readonly frames: Buffer[]
}

/** A well-formed message to damage. */
export interface Base {
  readonly layout: MessageLayout
  readonly frames: readonly Buffer[]
  /** The protocol: which frame is the header or the command, and the other headers. */
  readonly wire: WireProtocol
  /** Name of the golden vector the frames come from. */
  readonly vector?: string
}

/** The layout entry frame `i` of a well-formed message stands for. */
export function specAt(
  layout: MessageLayout,
  i: number,
): FrameSpec | undefined {
  const repeatAt = layout.frames.findIndex(f => f.repeat)
  if (repeatAt >= 0 && i >= repeatAt) return layout.frames[repeatAt]
  return layout.frames[i]
}

function made(
  base: Base,
  kind: MutationKind,
  at: number | undefined,
  what: string,
  frames: Buffer[],
  rule?: string,
): Mutation {
  const s = at === undefined ? undefined : specAt(base.layout, at)
  return {
    name: `${base.layout.title}: ${what}`,
    kind,
    source: base.layout.title,
    ...(base.vector === undefined ? {} : { vector: base.vector }),
    frame: s?.name,
    rule: rule ?? s?.rule ?? base.layout.rule,
    frames,
  }
}

const frameLabel = (base: Base, i: number) =>
  `${specAt(base.layout, i)?.name ?? "frame"} (frame ${i})`

const junk = Buffer.from("junk")

/**
 * Each function below damages one well-formed message in one way. They are
 * pure: the base frames are never changed.
 */
export const ops = {
  drop(base: Base, i: number): Mutation {
    const frames = base.frames.filter((_, j) => j !== i)
    return made(base, "drop", i, `drop ${frameLabel(base, i)}`, frames)
  },

  /** The copy stands where frame i+1 belongs: that frame's rule is broken. */
  duplicate(base: Base, i: number): Mutation {
    const frames = [...base.frames]
    frames.splice(i + 1, 0, Buffer.from(base.frames[i]))
    const m = made(
      base,
      "duplicate",
      i,
      `duplicate ${frameLabel(base, i)}`,
      frames,
    )
    const next = specAt(base.layout, i + 1)
    return { ...m, rule: next?.rule ?? base.layout.rule }
  },

  truncate(base: Base, i: number, keep: number): Mutation {
    const frames = [...base.frames]
    frames[i] = Buffer.from(frames[i].subarray(0, keep))
    const what = `truncate ${frameLabel(base, i)} to ${keep} bytes`
    return made(base, "truncate", i, what, frames)
  },

  swap(base: Base, i: number, j: number): Mutation {
    const [a, b] = i < j ? [i, j] : [j, i]
    const frames = [...base.frames]
    ;[frames[a], frames[b]] = [frames[b], frames[a]]
    const what = `swap ${frameLabel(base, a)} and ${frameLabel(base, b)}`
    return made(base, "reorder", a, what, frames)
  },

  /** The literal frame i holds other bytes ("" -> "X", MDPW01 -> MDPW02, 0x01 -> 0x0a). */
  wrongLiteral(base: Base, i: number): Mutation {
    const name = base.layout.frames[i].name
    const frames = [...base.frames]
    frames[i] = corrupt(base.layout.frames[i].literal!)
    return made(
      base,
      "wrong-literal",
      i,
      `wrong ${name}: ${show(frames[i])}`,
      frames,
    )
  },

  /** The header of another sub-protocol, e.g. MDPW01 in a client REQUEST. */
  foreignHeader(base: Base, role: string): Mutation {
    const at = base.wire.headerIndex(base.layout)
    const frames = [...base.frames]
    frames[at] = Buffer.from(base.wire.headers[role])
    return made(base, "foreign-header", at, `a ${role} header`, frames)
  },

  /** Another command byte (or bytes) where the command frame stands. */
  command(base: Base, bytes: Buffer): Mutation {
    const i = base.wire.commandIndex(base.layout)
    const frames = base.frames.map((f, j) => (j === i ? bytes : f))
    return made(base, "wrong-command", i, `command ${show(bytes)}`, frames)
  },

  /**
   * Frame i grown to `size` bytes: a literal keeps its bytes and gets
   * trailing padding, a field repeats its content.
   */
  oversize(base: Base, i: number, size: number): Mutation {
    const frames = [...base.frames]
    frames[i] = grow(frames[i], size)
    const what = `oversize ${frameLabel(base, i)} to ${size} bytes`
    return made(base, "oversize-frame", i, what, frames)
  },

  /** `count` frames past the end: the message's frame-count rule. */
  extraFrames(base: Base, count: number): Mutation {
    const frames = [...base.frames, ...new Array<Buffer>(count).fill(junk)]
    const what = count === 1 ? "an extra frame" : `${count} extra frames`
    return made(
      base,
      "oversize-count",
      undefined,
      what,
      frames,
      base.layout.rule,
    )
  },
}

/** Roles whose header differs from this message's own, for foreignHeader. */
export function foreignRoles(base: Base): string[] {
  const { wire, layout } = base
  const own = layout.frames[wire.headerIndex(layout)]?.literal
  if (!own) return []
  return Object.entries(wire.headers)
    .filter(([, header]) => header !== own.toString("latin1"))
    .map(([role]) => role)
}

/** Other bytes of the same kind: a delimiter gets content, a header or command another last byte. */
function corrupt(literal: Buffer): Buffer {
  if (literal.length === 0) return Buffer.from("X")
  const out = Buffer.from(literal)
  const last = literal.length - 1
  // One byte: +9 lands outside every command range the specs define (0x01-0x06).
  out[last] = literal.length === 1 ? literal[0] + 9 : literal[last] + 1
  return out
}

function grow(frame: Buffer, size: number): Buffer {
  // A literal keeps its bytes as a prefix, so the damage is the length.
  return Buffer.alloc(size, frame.length > 0 ? frame : "A")
}

export function show(frame: Buffer): string {
  if (frame.length === 0) return '""'
  const printable = [...frame].every(b => b >= 0x20 && b <= 0x7e)
  return printable
    ? JSON.stringify(frame.toString("latin1"))
    : `0x${frame.toString("hex")}`
}
