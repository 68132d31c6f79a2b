import {
  type DecodeError,
  describeDecodeError,
  type MessageLayout,
  type Requirement,
} from "../../codec"
import { enumerateCases } from "./enumerate"
import { frameSpecs, type MutationKind } from "./ops"
import type { WireProtocol } from "./wire"

/** One malformed message a conformance scenario sends, and what its failure says about it. */
export interface MalformedCase {
  /** The mutation and the golden vector it damaged, e.g. `WorkerReady: drop service (frame 3) of "ready for echo"`. */
  readonly label: string
  /** The message type it was derived from. */
  readonly layout: MessageLayout
  /** Why the receiver's generated decoder rejects it. */
  readonly error: DecodeError
  /** The requirement the message breaks: the error's rule, looked up in the catalog. */
  readonly requirement: Requirement
  readonly frames: Buffer[]
}

/**
 * Oversize frames stop at 64 KiB and junk at 256 frames: a batch then
 * moves about a megabyte, and the damage is the same as at 1 MiB or 10,000
 * frames (which the fuzzer sends), so a scenario stays fast on a loaded
 * machine and under any message-size limit an IUT may set.
 */
const sizes = [256, 65_536]
const counts = [1, 256]

/**
 * Every mutation of one kind of every message type on the receiver's
 * channel (as the spec lists them), each golden vector carrying the
 * scenario's own field values, keeping only what the receiver's generated
 * decoder rejects for its structure: a mutation that happens to be
 * well-formed is no test of rejection, and one rejected only for a field's
 * value (a 256-character service name, which the schemas bound and the
 * spec does not) is not what the spec calls invalid (a wrong header,
 * command, frame count or delimiter).
 */
export function casesOf(
  wire: WireProtocol,
  receiver: string,
  kind: MutationKind,
  fields: (layout: MessageLayout) => Readonly<Record<string, Buffer>>,
): MalformedCase[] {
  const messages = wire.messagesOf(receiver)
  const base = (layout: MessageLayout, v: { frames: readonly Buffer[] }) =>
    withFields(layout, v.frames, fields(layout))
  const out: MalformedCase[] = []
  for (const c of enumerateCases(wire, [receiver], {
    layouts: messages,
    reads: () => messages,
    base,
    sizes,
    counts,
    kinds: [kind],
  })) {
    const m = c.mutation
    if (
      m.kind !== kind ||
      !c.error ||
      !c.requirement ||
      c.error.code === "schema"
    )
      continue
    const layout = messages.find(l => l.title === m.source)!
    out.push({
      label: `${m.name} of "${m.vector}"`,
      layout,
      error: c.error,
      requirement: c.requirement,
      frames: m.frames,
    })
  }
  return out
}

/** The frames of a well-formed message with some fields set to other values. */
export function withFields(
  layout: MessageLayout,
  frames: readonly Buffer[],
  values: Readonly<Record<string, Buffer>>,
): Buffer[] {
  const specs = frameSpecs(layout, frames)
  return frames.map((f, i) => {
    const spec = specs[i]
    // One value stands for one frame: repeated fields and envelopes keep theirs.
    return spec?.field && !spec.repeat && !spec.envelope && values[spec.field]
      ? values[spec.field]
      : f
  })
}

/** The frames with every frame equal to `from` replaced by `to` (a placeholder that survived the damage). */
export function substitute(
  frames: readonly Buffer[],
  from: Buffer,
  to: Buffer,
): Buffer[] {
  return frames.map(f => (f.equals(from) ? to : f))
}

/** A case for a failure message: the mutation, then the requirement it breaks and how. */
export function describeCase(c: MalformedCase): string {
  return `${c.label} (breaks ${describeDecodeError(c.error)})`
}

/** A batch for a failure message that cannot single one out: the first few, in the order sent. */
export function listCases(cases: readonly MalformedCase[], shown = 3): string {
  const first = cases.slice(0, shown).map(describeCase).join("; ")
  const more =
    cases.length > shown
      ? `; and ${cases.length - shown} more, in the transcript in the order sent`
      : ""
  return `${cases.length} cases: ${first}${more}`
}
