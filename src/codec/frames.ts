// The module's own binding: the global Buffer is reached through a getter.
import { Buffer } from "node:buffer"
import type { DecodeResult } from "./decode-error"
import {
  emptyEnvelope,
  fail,
  literalMismatch,
  missing,
  missingDelimiter,
} from "./frame-errors"
import type { FrameSpec, MessageLayout } from "./layout"
import {
  asBuffer,
  delimiterFrom,
  fits,
  planOf,
  readFields,
  readFrame,
} from "./plan"
import { renderFrame } from "./render"

/** The shape of an ajv standalone validator. */
export interface Validator {
  (data: unknown): boolean
  errors?: Array<{ instancePath: string; message?: string }> | null
}

type Fields = Record<string, unknown>

const EMPTY = Buffer.alloc(0)

/** Pure: the frames of a message, in layout order. Does not validate. */
export function encodeWith(layout: MessageLayout, msg: object): Buffer[] {
  const fields = msg as Fields
  const out: Buffer[] = []
  for (const spec of layout.frames) {
    if (spec.literal) out.push(spec.literal)
    else if (spec.repeat || spec.envelope) {
      for (const v of fields[spec.field!] as unknown[]) out.push(toFrame(v))
      if (spec.envelope) out.push(EMPTY)
    } else out.push(toFrame(fields[spec.field!]))
  }
  return out
}

function toFrame(value: unknown): Buffer {
  if (typeof value === "string") return Buffer.from(value, "utf8")
  if (Buffer.isBuffer(value)) return value
  if (value instanceof Uint8Array) return Buffer.from(value)
  throw new TypeError(
    `frame value must be a string or bytes, got ${typeof value}`,
  )
}

/** Parses frames against one layout, then validates fields with the schema. Never throws. */
export function decodeWith<T>(
  layout: MessageLayout,
  validate: Validator,
  frames: readonly Uint8Array[],
): DecodeResult<T> {
  return (
    decodeIfFits<T>(layout, validate, frames) ??
    decodeFrameByFrame<T>(layout, validate, frames)
  )
}

/**
 * The hot path: when the frames fit the layout (count, literals, envelope,
 * bytes), reads the fields in one pass and validates them; otherwise
 * undefined, without building any error. The result is the one decodeWith
 * gives: the same fields in the same key order go to the same validator.
 */
export function decodeIfFits<T>(
  layout: MessageLayout,
  validate: Validator,
  frames: readonly Uint8Array[],
): DecodeResult<T> | undefined {
  const plan = planOf(layout)
  if (!plan.direct) return undefined
  const shift = fits(plan, frames)
  if (shift < 0) return undefined
  return validated(layout, validate, readFields(plan, frames, shift), frames)
}

/**
 * Frame by frame, stopping at the first that is missing or wrong: the
 * DecodeError names that frame. Every message that decodeIfFits refuses
 * comes here. `at` is the frame index, which runs ahead of the layout
 * entry once an envelope has taken more than one frame. Exported so tests
 * can hold the hot path to it.
 */
export function decodeFrameByFrame<T>(
  layout: MessageLayout,
  validate: Validator,
  frames: readonly Uint8Array[],
): DecodeResult<T> {
  const fields: Fields = { ...layout.consts }
  let at = 0
  for (const spec of layout.frames) {
    if (at >= frames.length) return missing(layout, spec, at, frames.length)
    const frame = asBuffer(frames[at])
    if (spec.literal) {
      if (!spec.literal.equals(frame))
        return literalMismatch(layout, spec, at, frame)
    } else if (spec.envelope) {
      if (frame.length === 0) return emptyEnvelope(layout, spec, at)
      const all = frames.map(asBuffer)
      const delimiter = delimiterFrom(all, at + 1)
      if (delimiter < 0) return missingDelimiter(layout, spec, frames.length)
      fields[spec.field!] = all.slice(at, delimiter)
      at = delimiter
    } else if (spec.repeat) {
      fields[spec.field!] = frames
        .slice(at)
        .map(f => readFrame(spec.as === "text", f))
      return validated(layout, validate, fields, frames)
    } else {
      fields[spec.field!] = readFrame(spec.as === "text", frame)
    }
    at++
  }
  if (frames.length > at) {
    return fail(layout, "extra-frame", at, "end of message", {
      expected: `exactly ${at} frames`,
      actual: `${frames.length} frames`,
      rule: layout.rule,
    })
  }
  return validated(layout, validate, fields, frames)
}

function validated<T>(
  layout: MessageLayout,
  validate: Validator,
  fields: Fields,
  frames: readonly Uint8Array[],
): DecodeResult<T> {
  if (validate(fields)) return { ok: true, value: fields as T }
  const err = validate.errors?.[0]
  const { spec, index } = frameOfPath(layout, fields, err?.instancePath ?? "")
  return fail(layout, "schema", index, spec.name, {
    expected: `${spec.name} that ${err?.message ?? "matches the schema"}`,
    actual: frames[index] ? renderFrame(frames[index]) : "nothing",
    rule: spec.rule,
  })
}

/**
 * Maps an ajv instancePath ("/body/2", "/service") to the layout entry and
 * the frame index, counting the frames the envelope (as decoded) took.
 */
function frameOfPath(
  layout: MessageLayout,
  fields: Fields,
  path: string,
): { spec: FrameSpec; index: number } {
  const [, field, item] = path.split("/")
  const specs = layout.frames
  const at = specs.findIndex(s => s.field === field)
  if (at < 0) return { spec: specs[0], index: 0 }
  let index = 0
  for (const s of specs.slice(0, at))
    index += s.envelope ? (fields[s.field!] as unknown[]).length + 1 : 1
  const spec = specs[at]
  const many = spec.repeat || spec.envelope
  return { spec, index: index + (many && item ? Number(item) : 0) }
}

/**
 * The layout entry that frame `index` of these frames falls in, or
 * undefined past the layout: with an envelope, which entry a frame belongs
 * to depends on where the message's delimiter is.
 */
export function specAtFrame(
  layout: MessageLayout,
  frames: readonly Uint8Array[],
  index: number,
): FrameSpec | undefined {
  const specs = layout.frames
  const e = specs.findIndex(s => s.envelope)
  if (e < 0 || index <= e) return specs[index]
  const delimiter = delimiterFrom(frames.map(asBuffer), e + 1)
  if (delimiter < 0 || index <= delimiter) return specs[e]
  return specs[index - (delimiter - e)]
}
