import assert from "node:assert/strict"
import { describe, it } from "node:test"
import type { DecodeError, DecodeResult, GoldenVector } from "../../src/codec"
import * as mdp from "../../src/generated/mdp-0.1"

/** A frame as written in a test: text (UTF-8) or a single command byte. */
export type FrameLike = string | number | Uint8Array

/** Frames as a person reads them: frames("", "MDPW01", 0x01, "echo"). */
export function frames(...parts: FrameLike[]): Buffer[] {
  return parts.map(p =>
    typeof p === "string"
      ? Buffer.from(p, "utf8")
      : typeof p === "number"
        ? Buffer.from([p])
        : Buffer.from(p),
  )
}

export const hex = (fs: readonly Uint8Array[]): string[] =>
  fs.map(f => Buffer.from(f).toString("hex"))

export type Encoder = (msg: object) => Buffer[]
export type Decoder = (frames: readonly Uint8Array[]) => DecodeResult<unknown>

/** What the tests need from one generated protocol module (src/generated/<protocol>). */
export interface GeneratedCodec {
  /** Every exported decoder, by name, sorted. */
  readonly decoders: ReadonlyArray<[string, Decoder]>
  /** Message types that have an encoder, e.g. "WorkerReady", sorted. */
  readonly messageTypes: readonly string[]
  /** The generated encoder and decoder of one message type. */
  readonly codecFor: (type: string) => { encode: Encoder; decode: Decoder }
}

/** Indexes a generated module: codecOf(mdp) after import * as mdp from ".../mdp-0.2". */
export function codecOf(generated: object): GeneratedCodec {
  const exported = generated as Record<string, unknown>
  const fns = (prefix: string) =>
    Object.keys(exported)
      .filter(k => k.startsWith(prefix) && typeof exported[k] === "function")
      .sort()
  return {
    decoders: fns("decode").map(k => [k, exported[k] as Decoder]),
    messageTypes: fns("encode").map(k => k.slice("encode".length)),
    codecFor(type) {
      const encode = exported[`encode${type}`]
      const decode = exported[`decode${type}`]
      if (typeof encode !== "function" || typeof decode !== "function")
        throw new Error(
          `the generated codec has no encode${type}/decode${type}`,
        )
      return { encode: encode as Encoder, decode: decode as Decoder }
    },
  }
}

/** The 7/MDP (0.1) codec, which the exports below index. */
const mdp01: GeneratedCodec = codecOf(mdp)

/** Every exported decoder of the generated 0.1 codec, by name. */
export const decoders = mdp01.decoders

/** Message types of the 0.1 codec that have an encoder, e.g. "WorkerReady". */
export const messageTypes = mdp01.messageTypes

/** The generated 0.1 encoder and decoder of one message type. */
export const codecFor = mdp01.codecFor

/**
 * One golden vector as three tests (zproto <test>, mqtt-packet
 * testParseGenerate): the frames decode to the message, the message encodes
 * to exactly those frames (compared as hex), and decode(encode(message))
 * gives the message back.
 */
export function testVector(codec: GeneratedCodec, v: GoldenVector): void {
  describe(`${v.type} "${v.name}"`, () => {
    it(`${v.type} - decode gives the message`, () => {
      const result = codec.codecFor(v.type).decode(v.frames)
      assert.ok(result.ok, `decode failed: ${JSON.stringify(result)}`)
      assert.deepEqual(result.value, v.message)
    })

    it(`${v.type} - encode gives the frames`, () => {
      const encoded = codec.codecFor(v.type).encode(v.message)
      assert.deepEqual(hex(encoded), hex(v.frames))
    })

    it(`${v.type} - mirror: decode(encode(message)) is the message`, () => {
      const { encode, decode } = codec.codecFor(v.type)
      const result = decode(encode(v.message))
      assert.ok(result.ok, `decode failed: ${JSON.stringify(result)}`)
      assert.deepEqual(result.value, v.message)
    })
  })
}

/** The DecodeError fields a vector states; code, frame and rule always. */
export type WantedError = Partial<Omit<DecodeError, "message" | "frameName">> &
  Pick<DecodeError, "code" | "frame" | "rule">

/**
 * A decode-error vector: these frames must not decode, and the error must
 * name the right code, frame and requirement. Only the fields given in
 * `want` are compared, so a vector states what the requirement cares about.
 */
export function decodeError(
  title: string,
  decode: Decoder,
  input: Uint8Array[],
  want: WantedError,
): void {
  it(title, () => {
    const result = decode(input)
    assert.equal(result.ok, false, `decoded as ${JSON.stringify(result)}`)
    if (result.ok) return
    const got = Object.fromEntries(
      Object.keys(want).map(k => [k, result.error[k as keyof DecodeError]]),
    )
    assert.deepEqual(got, want)
  })
}
