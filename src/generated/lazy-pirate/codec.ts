/*
 * GENERATED from specs/*.yaml and schemas/lazy-pirate/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Lazy Pirate (client-side reliability, Guide pattern): codec.ts)
 */
import { decodeChannel, decodeWith, encodeWith, type Channel, type DecodeResult } from "../../codec"
import * as layouts from "./layouts"
import type * as T from "./types"
import * as validators from "./validators"

/** Reply to frames. Pure; does not validate (see decodeReply). */
export function encodeReply(msg: T.Reply): Buffer[] {
  return encodeWith(layouts.Reply, msg)
}

/** Frames to a Reply, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeReply(frames: readonly Uint8Array[]): DecodeResult<T.Reply> {
  return decodeWith(layouts.Reply, validators.Reply, frames)
}

/** Request to frames. Pure; does not validate (see decodeRequest). */
export function encodeRequest(msg: T.Request): Buffer[] {
  return encodeWith(layouts.Request, msg)
}

/** Frames to a Request, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeRequest(frames: readonly Uint8Array[]): DecodeResult<T.Request> {
  return decodeWith(layouts.Request, validators.Request, frames)
}

export const toServer: Channel = {
  name: "toServer",
  invalidRule: "LPC-15",
  entries: [{ layout: layouts.Request, validate: validators.Request }],
}

/** Any message on toServer, or the DecodeError of the type it came closest to. */
export function decodeToServer(frames: readonly Uint8Array[]): DecodeResult<T.ToServer> {
  return decodeChannel(toServer, frames)
}

export const toClient: Channel = {
  name: "toClient",
  invalidRule: "LPC-17",
  entries: [{ layout: layouts.Reply, validate: validators.Reply }],
}

/** Any message on toClient, or the DecodeError of the type it came closest to. */
export function decodeToClient(frames: readonly Uint8Array[]): DecodeResult<T.ToClient> {
  return decodeChannel(toClient, frames)
}
