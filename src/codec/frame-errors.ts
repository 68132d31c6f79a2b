import type { DecodeError, DecodeErrorCode, DecodeResult } from "./decode-error"
import type { FrameSpec, MessageLayout } from "./layout"
import { isPrintable, renderFrame } from "./render"

/**
 * The code of a literal that did not match, from the literal's kind and the
 * message's type, never from a frame's name. A generated layout keeps a
 * literal's bytes only, so its kind is read off them the way a transcript
 * shows them (renderFrame): empty is a delimiter, printable ASCII a `text`
 * literal, anything else a `hex` one. The command is the first literal that
 * is hex (a command byte) or spells the message's type (its first constant,
 * e.g. command "PING" in a protocol that spells commands as words). The
 * protocol header is the first non-empty literal when it is text and not
 * the command. Any other literal is a fixed word (a service, a status).
 */
export function literalCode(
  layout: MessageLayout,
  spec: FrameSpec,
): DecodeErrorCode {
  if (spec.literal!.length === 0) return "bad-delimiter"
  if (spec === commandOf(layout)) return "unknown-command"
  const first = layout.frames.find(s => s.literal && s.literal.length > 0)
  return first === spec && isPrintable(spec.literal!)
    ? "bad-header"
    : "bad-literal"
}

/** The command literal of a layout, as literalCode reads it (also for the malformed generator). */
export function commandOf(layout: MessageLayout): FrameSpec | undefined {
  const type = Object.values(layout.consts)[0]
  return layout.frames.find(
    s =>
      s.literal &&
      s.literal.length > 0 &&
      (!isPrintable(s.literal) || s.literal.toString("latin1") === type),
  )
}

export function literalMismatch<T>(
  layout: MessageLayout,
  spec: FrameSpec,
  index: number,
  frame: Uint8Array,
): DecodeResult<T> {
  return fail(layout, literalCode(layout, spec), index, spec.name, {
    expected: renderFrame(spec.literal!),
    actual: renderFrame(frame),
    rule: spec.rule,
  })
}

export function missing<T>(
  layout: MessageLayout,
  spec: FrameSpec,
  index: number,
  count: number,
): DecodeResult<T> {
  return fail(
    layout,
    count === 0 ? "empty-message" : "missing-frame",
    index,
    spec.name,
    {
      expected: spec.literal ? renderFrame(spec.literal) : `${spec.name} frame`,
      actual: endsAfter(count),
      rule: spec.rule,
    },
  )
}

/** An envelope must hold at least one frame before its delimiter. */
export function emptyEnvelope<T>(
  layout: MessageLayout,
  spec: FrameSpec,
  index: number,
): DecodeResult<T> {
  return fail(layout, "empty-envelope", index, spec.name, {
    expected: `${spec.name}: one or more frames before the empty delimiter`,
    actual: `the empty delimiter at once`,
    rule: spec.rule,
  })
}

/** No empty frame ends the envelope: the message ends inside it. */
export function missingDelimiter<T>(
  layout: MessageLayout,
  spec: FrameSpec,
  count: number,
): DecodeResult<T> {
  return fail(layout, "missing-delimiter", count, spec.name, {
    expected: `an empty delimiter frame ending ${spec.name}`,
    actual: `${endsAfter(count)}, none of them empty from ${spec.name} on`,
    rule: spec.rule,
  })
}

function endsAfter(count: number): string {
  return `message ends after ${count} frame${count === 1 ? "" : "s"}`
}

export function fail<T>(
  layout: MessageLayout,
  code: DecodeErrorCode,
  frame: number,
  frameName: string,
  detail: Pick<DecodeError, "expected" | "actual" | "rule">,
): DecodeResult<T> {
  return {
    ok: false,
    error: { code, frame, frameName, message: layout.title, ...detail },
  }
}
