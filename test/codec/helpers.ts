import type { DecodeResult } from "../../src/codec"
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

const exported = mdp as unknown as Record<string, unknown>

/** Every exported decoder of the generated codec, by name. */
export const decoders: ReadonlyArray<[string, Decoder]> = Object.keys(exported)
  .filter(k => k.startsWith("decode") && typeof exported[k] === "function")
  .sort()
  .map(k => [k, exported[k] as Decoder])

/** Message types that have an encoder, e.g. "WorkerReady". */
export const messageTypes: readonly string[] = Object.keys(exported)
  .filter(k => k.startsWith("encode") && typeof exported[k] === "function")
  .map(k => k.slice("encode".length))
  .sort()

/** The generated encoder and decoder of one message type. */
export function codecFor(type: string): { encode: Encoder; decode: Decoder } {
  const encode = exported[`encode${type}`]
  const decode = exported[`decode${type}`]
  if (typeof encode !== "function" || typeof decode !== "function")
    throw new Error(`the generated codec has no encode${type}/decode${type}`)
  return { encode: encode as Encoder, decode: decode as Decoder }
}
