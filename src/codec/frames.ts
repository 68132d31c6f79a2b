import type { DecodeError, DecodeErrorCode, DecodeResult } from "./decode-error"
import type { FrameSpec, MessageLayout } from "./layout"
import { renderFrame } from "./render"

/** The shape of an ajv standalone validator. */
export interface Validator {
  (data: unknown): boolean
  errors?: Array<{ instancePath: string; message?: string }> | null
}

type Fields = Record<string, unknown>

/** Pure: the frames of a message, in layout order. Does not validate. */
export function encodeWith(layout: MessageLayout, msg: object): Buffer[] {
  const fields = msg as Fields
  const out: Buffer[] = []
  for (const spec of layout.frames) {
    if (spec.literal) out.push(spec.literal)
    else if (spec.repeat) for (const v of fields[spec.field!] as unknown[]) out.push(toFrame(v))
    else out.push(toFrame(fields[spec.field!]))
  }
  return out
}

function toFrame(value: unknown): Buffer {
  if (typeof value === "string") return Buffer.from(value, "utf8")
  if (Buffer.isBuffer(value)) return value
  if (value instanceof Uint8Array) return Buffer.from(value)
  throw new TypeError(`frame value must be a string or bytes, got ${typeof value}`)
}

/** Parses frames against one layout, then validates fields with the schema. Never throws. */
export function decodeWith<T>(
  layout: MessageLayout,
  validate: Validator,
  frames: readonly Uint8Array[],
): DecodeResult<T> {
  const fields: Fields = { ...layout.consts }
  const specs = layout.frames
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i]
    if (i >= frames.length) return missing(layout, spec, i, frames.length)
    const frame = asBuffer(frames[i])
    if (spec.literal) {
      if (!spec.literal.equals(frame)) return literalMismatch(layout, spec, i, frame)
    } else if (spec.repeat) {
      fields[spec.field!] = frames.slice(i).map(f => read(spec, asBuffer(f)))
      return validated(layout, validate, fields, frames)
    } else {
      fields[spec.field!] = read(spec, frame)
    }
  }
  if (frames.length > specs.length) {
    return fail(layout, "extra-frame", specs.length, "end of message", {
      expected: `exactly ${specs.length} frames`,
      actual: `${frames.length} frames`,
      rule: layout.rule,
    })
  }
  return validated(layout, validate, fields, frames)
}

function read(spec: FrameSpec, frame: Buffer): string | Buffer {
  return spec.as === "text" ? frame.toString("utf8") : frame
}

function asBuffer(frame: Uint8Array): Buffer {
  return Buffer.isBuffer(frame)
    ? frame
    : Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength)
}

function validated<T>(
  layout: MessageLayout,
  validate: Validator,
  fields: Fields,
  frames: readonly Uint8Array[],
): DecodeResult<T> {
  if (validate(fields)) return { ok: true, value: fields as T }
  const err = validate.errors?.[0]
  const index = frameOfPath(layout, err?.instancePath ?? "")
  const spec = layout.frames[Math.min(index, layout.frames.length - 1)]
  return fail(layout, "schema", index, spec.name, {
    expected: `${spec.name} that ${err?.message ?? "matches the schema"}`,
    actual: frames[index] ? renderFrame(frames[index]) : "nothing",
    rule: spec.rule,
  })
}

/** Maps an ajv instancePath ("/body/2", "/service") to a frame index. */
function frameOfPath(layout: MessageLayout, path: string): number {
  const [, field, item] = path.split("/")
  const index = layout.frames.findIndex(s => s.field === field)
  if (index < 0) return 0
  return index + (layout.frames[index].repeat && item ? Number(item) : 0)
}

function missing<T>(
  layout: MessageLayout,
  spec: FrameSpec,
  index: number,
  count: number,
): DecodeResult<T> {
  return fail(layout, count === 0 ? "empty-message" : "missing-frame", index, spec.name, {
    expected: spec.literal ? renderFrame(spec.literal) : `${spec.name} frame`,
    actual: `message ends after ${count} frame${count === 1 ? "" : "s"}`,
    rule: spec.rule,
  })
}

function literalMismatch<T>(
  layout: MessageLayout,
  spec: FrameSpec,
  index: number,
  frame: Buffer,
): DecodeResult<T> {
  const code: DecodeErrorCode =
    spec.literal!.length === 0
      ? "bad-delimiter"
      : spec.name === "header"
        ? "bad-header"
        : spec.name === "command"
          ? "unknown-command"
          : "bad-literal"
  return fail(layout, code, index, spec.name, {
    expected: renderFrame(spec.literal!),
    actual: renderFrame(frame),
    rule: spec.rule,
  })
}

function fail<T>(
  layout: MessageLayout,
  code: DecodeErrorCode,
  frame: number,
  frameName: string,
  detail: Pick<DecodeError, "expected" | "actual" | "rule">,
): DecodeResult<T> {
  return { ok: false, error: { code, frame, frameName, message: layout.title, ...detail } }
}
