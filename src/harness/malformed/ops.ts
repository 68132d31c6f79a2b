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

const delimiters = new WeakMap<FrameSpec, FrameSpec>()

/** The empty frame that closes an envelope, as a literal of its own: its rule is the envelope's. */
export function delimiterOf(envelope: FrameSpec): FrameSpec {
  let d = delimiters.get(envelope)
  if (!d)
    delimiters.set(
      envelope,
      (d = {
        name: `${envelope.name} delimiter`,
        rule: envelope.rule,
        literal: Buffer.alloc(0),
      }),
    )
  return d
}

/**
 * What each frame of a well-formed message stands for in its layout: an
 * envelope's address frames for the envelope, the empty frame closing it
 * for its delimiter, a repeated field's frames for that field.
 */
export function frameSpecs(
  layout: MessageLayout,
  frames: readonly Buffer[],
): FrameSpec[] {
  const out: FrameSpec[] = []
  for (const s of layout.frames) {
    if (s.envelope) {
      while (out.length < frames.length && frames[out.length].length > 0)
        out.push(s)
      if (out.length < frames.length) out.push(delimiterOf(s))
    } else if (s.repeat) {
      while (out.length < frames.length) out.push(s)
    } else if (out.length < frames.length) out.push(s)
  }
  return out
}

/** The layout entry frame `i` of the base stands for; past its end, the repeated field if any. */
export function specAt(base: Base, i: number): FrameSpec | undefined {
  const specs = frameSpecs(base.layout, base.frames)
  return i < specs.length ? specs[i] : base.layout.frames.find(f => f.repeat)
}

/** Where a layout entry (a header, a command) stands among the base's frames, or -1. */
export function frameIndex(base: Base, spec: FrameSpec | undefined): number {
  return spec ? frameSpecs(base.layout, base.frames).indexOf(spec) : -1
}

function made(
  base: Base,
  kind: MutationKind,
  at: number | undefined,
  what: string,
  frames: Buffer[],
  rule?: string,
): Mutation {
  const s = at === undefined ? undefined : specAt(base, at)
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
  `${specAt(base, i)?.name ?? "frame"} (frame ${i})`

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
    const next = specAt(base, i + 1)
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
    const spec = specAt(base, i)!
    const name = spec.name
    const frames = [...base.frames]
    frames[i] = corrupt(spec.literal!)
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
    const at = frameIndex(base, base.wire.headerOf(base.layout))
    const frames = [...base.frames]
    frames[at] = Buffer.from(base.wire.headers[role])
    return made(base, "foreign-header", at, `a ${role} header`, frames)
  },

  /** Another command byte (or bytes) where the command frame stands. */
  command(base: Base, bytes: Buffer): Mutation {
    const i = frameIndex(base, base.wire.commandOf(base.layout))
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

  /**
   * The envelope's address frames all left out, its delimiter kept: an
   * empty envelope (a one-frame envelope's is the drop of that frame).
   */
  emptyEnvelope(base: Base): Mutation {
    const specs = frameSpecs(base.layout, base.frames)
    const envelope = base.layout.frames.find(f => f.envelope)!
    const at = specs.indexOf(envelope)
    const frames = base.frames.filter((_, j) => specs[j] !== envelope)
    const what = `drop every ${envelope.name} frame (${at}-${at + base.frames.length - frames.length - 1})`
    return made(base, "drop", at, what, frames)
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
  const own = base.wire.headerOf(base.layout)?.literal
  if (!own || frameIndex(base, base.wire.headerOf(base.layout)) < 0) return []
  return Object.entries(base.wire.headers)
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
