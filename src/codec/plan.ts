// The module's own binding: the global Buffer is reached through a getter.
import { Buffer } from "node:buffer"
import type { MessageLayout } from "./layout"

type Fields = Record<string, unknown>

/**
 * A layout compiled once for the decoder's hot path. Without an envelope
 * exactly `count` frames are read (a repeated field takes any more); an
 * envelope of k frames moves every later entry k frames on (its delimiter
 * takes the envelope entry's own slot). Built from the layout exactly as
 * decodeFrameByFrame walks it, which stops at the first repeated field.
 */
export interface Plan {
  readonly count: number
  readonly literals: ReadonlyArray<{
    readonly index: number
    readonly bytes: Buffer
    readonly afterEnvelope: boolean
  }>
  /** Every field in layout order, so objects get their keys in that order. */
  readonly fields: readonly FieldPlan[]
  readonly envelope?: FieldPlan
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
  /** Index of the entry in the layout (its frame index before any envelope). */
  readonly index: number
  readonly field: string
  readonly text: boolean
  readonly kind: "one" | "envelope" | "repeat"
  readonly afterEnvelope: boolean
}

const plans = new WeakMap<MessageLayout, Plan>()

export function planOf(layout: MessageLayout): Plan {
  let plan = plans.get(layout)
  if (!plan) plans.set(layout, (plan = compile(layout)))
  return plan
}

function compile(layout: MessageLayout): Plan {
  const repeatAt = layout.frames.findIndex(s => s.repeat)
  const count = repeatAt < 0 ? layout.frames.length : repeatAt + 1
  const literals: Array<Plan["literals"][number]> = []
  const fields: FieldPlan[] = []
  let envelopeAt = -1
  layout.frames.slice(0, count).forEach((s, index) => {
    const afterEnvelope = envelopeAt >= 0
    if (s.literal) {
      literals.push({ index, bytes: s.literal, afterEnvelope })
      return
    }
    const kind = s.envelope ? "envelope" : s.repeat ? "repeat" : "one"
    if (s.envelope) envelopeAt = index
    const text = s.as === "text"
    fields.push({ index, field: s.field!, text, kind, afterEnvelope })
  })
  const constKeys = Object.keys(layout.consts)
  const keys = [...constKeys, ...fields.map(f => f.field)]
  return {
    count,
    literals,
    fields,
    envelope: fields.find(f => f.kind === "envelope"),
    repeat: fields.find(f => f.kind === "repeat"),
    constKeys,
    constValues: constKeys.map(k => layout.consts[k]),
    direct:
      !keys.includes("__proto__") &&
      Object.getOwnPropertySymbols(layout.consts).length === 0,
  }
}

/**
 * How many frames the envelope moves later entries on, when
 * decodeFrameByFrame would find no missing, extra or wrong frame; else -1.
 */
export function fits(plan: Plan, frames: readonly Uint8Array[]): number {
  const n = frames.length
  // Anything but bytes takes the frame-by-frame path, which treats it as before.
  for (let i = 0; i < n; i++) if (!(frames[i] instanceof Uint8Array)) return -1
  let shift = 0
  const envelope = plan.envelope
  if (envelope) {
    const start = envelope.index
    if (n <= start || frames[start].length === 0) return -1
    const delimiter = delimiterFrom(frames, start + 1)
    if (delimiter < 0) return -1
    shift = delimiter - start
  }
  const need = plan.count + shift
  if (n < need || (n > need && !plan.repeat)) return -1
  const literals = plan.literals
  for (let k = 0; k < literals.length; k++) {
    const { index, bytes, afterEnvelope } = literals[k]
    if (!sameBytes(bytes, frames[afterEnvelope ? index + shift : index]))
      return -1
  }
  return shift
}

/** Index of the first empty frame at or after `from`, or -1. */
export function delimiterFrom(
  frames: readonly Uint8Array[],
  from: number,
): number {
  for (let i = from; i < frames.length; i++)
    if (frames[i].length === 0) return i
  return -1
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  const len = a.length
  if (b.length !== len) return false
  for (let i = 0; i < len; i++) if (a[i] !== b[i]) return false
  return true
}

/** The fields of frames that fit the plan, `shift` as fits() found it. */
export function readFields(
  plan: Plan,
  frames: readonly Uint8Array[],
  shift: number,
): Fields {
  const out: Fields = {}
  const { constKeys, constValues, fields } = plan
  for (let k = 0; k < constKeys.length; k++) out[constKeys[k]] = constValues[k]
  for (let k = 0; k < fields.length; k++) {
    const { index, field, text, kind, afterEnvelope } = fields[k]
    const at = afterEnvelope ? index + shift : index
    if (kind === "one") out[field] = readFrame(text, frames[at])
    else {
      const end = kind === "envelope" ? at + shift : frames.length
      const list: Array<string | Buffer> = []
      for (let i = at; i < end; i++) list.push(readFrame(text, frames[i]))
      out[field] = list
    }
  }
  return out
}

export function readFrame(text: boolean, frame: Uint8Array): string | Buffer {
  const buf = asBuffer(frame)
  // toString() with no encoding is UTF-8, without the encoding lookup.
  return text ? buf.toString() : buf
}

export function asBuffer(frame: Uint8Array): Buffer {
  return Buffer.isBuffer(frame)
    ? frame
    : Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength)
}
