/*
 * GENERATED from specs/*.yaml and schemas/relay/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Relay test protocol 1: codec.ts)
 */
import { decodeChannel, decodeWith, encodeWith, type Channel, type DecodeResult } from "../../../../src/codec"
import * as layouts from "./layouts"
import type * as T from "./types"
import * as validators from "./validators"

/** Delivery to frames. Pure; does not validate (see decodeDelivery). */
export function encodeDelivery(msg: T.Delivery): Buffer[] {
  return encodeWith(layouts.Delivery, msg)
}

/** Frames to a Delivery, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeDelivery(frames: readonly Uint8Array[]): DecodeResult<T.Delivery> {
  return decodeWith(layouts.Delivery, validators.Delivery, frames)
}

/** Forward to frames. Pure; does not validate (see decodeForward). */
export function encodeForward(msg: T.Forward): Buffer[] {
  return encodeWith(layouts.Forward, msg)
}

/** Frames to a Forward, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeForward(frames: readonly Uint8Array[]): DecodeResult<T.Forward> {
  return decodeWith(layouts.Forward, validators.Forward, frames)
}

/** Ping to frames. Pure; does not validate (see decodePing). */
export function encodePing(msg: T.Ping): Buffer[] {
  return encodeWith(layouts.Ping, msg)
}

/** Frames to a Ping, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodePing(frames: readonly Uint8Array[]): DecodeResult<T.Ping> {
  return decodeWith(layouts.Ping, validators.Ping, frames)
}

/** Receipt to frames. Pure; does not validate (see decodeReceipt). */
export function encodeReceipt(msg: T.Receipt): Buffer[] {
  return encodeWith(layouts.Receipt, msg)
}

/** Frames to a Receipt, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeReceipt(frames: readonly Uint8Array[]): DecodeResult<T.Receipt> {
  return decodeWith(layouts.Receipt, validators.Receipt, frames)
}

export const toHub: Channel = {
  name: "toHub",
  invalidRule: "REL-1",
  entries: [{ layout: layouts.Forward, validate: validators.Forward }, { layout: layouts.Ping, validate: validators.Ping }],
}

/** Any message on toHub, or the DecodeError of the type it came closest to. */
export function decodeToHub(frames: readonly Uint8Array[]): DecodeResult<T.ToHub> {
  return decodeChannel(toHub, frames)
}

export const fromHub: Channel = {
  name: "fromHub",
  invalidRule: "REL-1",
  entries: [{ layout: layouts.Delivery, validate: validators.Delivery }, { layout: layouts.Receipt, validate: validators.Receipt }, { layout: layouts.Ping, validate: validators.Ping }],
}

/** Any message on fromHub, or the DecodeError of the type it came closest to. */
export function decodeFromHub(frames: readonly Uint8Array[]): DecodeResult<T.FromHub> {
  return decodeChannel(fromHub, frames)
}
