// The module's own binding: the global Buffer is reached through a getter.
import { Buffer } from "node:buffer"
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
    else if (spec.repeat)
      for (const v of fields[spec.field!] as unknown[]) out.push(toFrame(v))
    else out.push(toFrame(fields[spec.field!]))
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
 * The hot path: when the frames fit the layout (count, literals, bytes),
 * reads the fields in one pass and validates them; otherwise undefined,
 * without building any error. The result is the one decodeWith gives: the
 * same fields in the same key order go to the same validator.
 */
export function decodeIfFits<T>(
  layout: MessageLayout,
  validate: Validator,
  frames: readonly Uint8Array[],
): DecodeResult<T> | undefined {
  const plan = planOf(layout)
  if (!plan.direct || !fits(plan, frames)) return undefined
  return validated(layout, validate, readFields(plan, frames), frames)
}

/**
 * A layout compiled once for the hot path. `count` frames are read; past
 * them only a repeated field takes more. Built from the layout exactly as
 * decodeFrameByFrame walks it, which stops at the first repeated field.
 */
interface Plan {
  readonly count: number
  readonly literals: ReadonlyArray<{
    readonly index: number
    readonly bytes: Buffer
  }>
  readonly fields: readonly FieldPlan[]
  readonly repeat?: FieldPlan
  readonly constKeys: readonly string[]
  readonly constValues: readonly unknown[]
  /**
   * Whether assigning the keys one by one builds what the spread in
   * decodeFrameByFrame builds; "__proto__" is the one key where they differ.
   */
  readonly direct: boolean
}

interface FieldPlan {
  readonly index: number
  readonly field: string
  readonly text: boolean
}

const plans = new WeakMap<MessageLayout, Plan>()

function planOf(layout: MessageLayout): Plan {
  let plan = plans.get(layout)
  if (!plan) plans.set(layout, (plan = compile(layout)))
  return plan
}

function compile(layout: MessageLayout): Plan {
  const repeatAt = layout.frames.findIndex(s => s.repeat)
  const count = repeatAt < 0 ? layout.frames.length : repeatAt + 1
  const literals: Array<Plan["literals"][number]> = []
  const fields: FieldPlan[] = []
  let repeat: FieldPlan | undefined
  layout.frames.slice(0, count).forEach((s, index) => {
    const field: FieldPlan = { index, field: s.field!, text: s.as === "text" }
    if (s.literal) literals.push({ index, bytes: s.literal })
    else if (s.repeat) repeat = field
    else fields.push(field)
  })
  const constKeys = Object.keys(layout.consts)
  const keys = [...constKeys, ...fields.map(f => f.field), repeat?.field]
  return {
    count,
    repeat,
    literals,
    fields,
    constKeys,
    constValues: constKeys.map(k => layout.consts[k]),
    direct:
      !keys.includes("__proto__") &&
      Object.getOwnPropertySymbols(layout.consts).length === 0,
  }
}

/** True when decodeFrameByFrame would find no missing, extra or wrong frame. */
function fits(plan: Plan, frames: readonly Uint8Array[]): boolean {
  const n = frames.length
  if (n < plan.count || (n > plan.count && !plan.repeat)) return false
  const literals = plan.literals
  for (let k = 0; k < literals.length; k++) {
    const { index, bytes } = literals[k]
    if (!sameBytes(bytes, frames[index])) return false
  }
  // Anything but bytes takes the frame-by-frame path, which treats it as before.
  for (let i = 0; i < n; i++)
    if (!(frames[i] instanceof Uint8Array)) return false
  return true
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  const len = a.length
  if (!(b instanceof Uint8Array) || b.length !== len) return false
  for (let i = 0; i < len; i++) if (a[i] !== b[i]) return false
  return true
}

function readFields(plan: Plan, frames: readonly Uint8Array[]): Fields {
  const out: Fields = {}
  const { constKeys, constValues, fields, repeat } = plan
  for (let k = 0; k < constKeys.length; k++) out[constKeys[k]] = constValues[k]
  for (let k = 0; k < fields.length; k++) {
    const { index, field, text } = fields[k]
    out[field] = readFrame(text, frames[index])
  }
  if (repeat) {
    const list: Array<string | Buffer> = []
    for (let i = repeat.index; i < frames.length; i++)
      list.push(readFrame(repeat.text, frames[i]))
    out[repeat.field] = list
  }
  return out
}

function readFrame(text: boolean, frame: Uint8Array): string | Buffer {
  const buf = asBuffer(frame)
  // toString() with no encoding is UTF-8, without the encoding lookup.
  return text ? buf.toString() : buf
}

/**
 * Frame by frame, stopping at the first that is missing or wrong: the
 * DecodeError names that frame. Every message that decodeIfFits refuses
 * comes here.
 */
function decodeFrameByFrame<T>(
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
      if (!spec.literal.equals(frame))
        return literalMismatch(layout, spec, i, frame)
    } else if (spec.repeat) {
      fields[spec.field!] = frames
        .slice(i)
        .map(f => readFrame(spec.as === "text", f))
      return validated(layout, validate, fields, frames)
    } else {
      fields[spec.field!] = readFrame(spec.as === "text", frame)
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
  return fail(
    layout,
    count === 0 ? "empty-message" : "missing-frame",
    index,
    spec.name,
    {
      expected: spec.literal ? renderFrame(spec.literal) : `${spec.name} frame`,
      actual: `message ends after ${count} frame${count === 1 ? "" : "s"}`,
      rule: spec.rule,
    },
  )
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
  return {
    ok: false,
    error: { code, frame, frameName, message: layout.title, ...detail },
  }
}
