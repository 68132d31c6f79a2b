/*
 * GENERATED from specs/*.yaml and schemas/flp/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (10/FLP Freelance Protocol: codec.ts)
 */
import { decodeChannel, decodeWith, encodeWith, type Channel, type DecodeResult } from "../../codec"
import * as layouts from "./layouts"
import type * as T from "./types"
import * as validators from "./validators"

/** ClientPing to frames. Pure; does not validate (see decodeClientPing). */
export function encodeClientPing(msg: T.ClientPing): Buffer[] {
  return encodeWith(layouts.ClientPing, msg)
}

/** Frames to a ClientPing, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeClientPing(frames: readonly Uint8Array[]): DecodeResult<T.ClientPing> {
  return decodeWith(layouts.ClientPing, validators.ClientPing, frames)
}

/** ClientRequest to frames. Pure; does not validate (see decodeClientRequest). */
export function encodeClientRequest(msg: T.ClientRequest): Buffer[] {
  return encodeWith(layouts.ClientRequest, msg)
}

/** Frames to a ClientRequest, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeClientRequest(frames: readonly Uint8Array[]): DecodeResult<T.ClientRequest> {
  return decodeWith(layouts.ClientRequest, validators.ClientRequest, frames)
}

/** ServerPong to frames. Pure; does not validate (see decodeServerPong). */
export function encodeServerPong(msg: T.ServerPong): Buffer[] {
  return encodeWith(layouts.ServerPong, msg)
}

/** Frames to a ServerPong, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeServerPong(frames: readonly Uint8Array[]): DecodeResult<T.ServerPong> {
  return decodeWith(layouts.ServerPong, validators.ServerPong, frames)
}

/** ServerReply to frames. Pure; does not validate (see decodeServerReply). */
export function encodeServerReply(msg: T.ServerReply): Buffer[] {
  return encodeWith(layouts.ServerReply, msg)
}

/** Frames to a ServerReply, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeServerReply(frames: readonly Uint8Array[]): DecodeResult<T.ServerReply> {
  return decodeWith(layouts.ServerReply, validators.ServerReply, frames)
}

export const fromClient: Channel = {
  name: "fromClient",
  invalidRule: "FLP-3",
  entries: [{ layout: layouts.ClientPing, validate: validators.ClientPing }, { layout: layouts.ClientRequest, validate: validators.ClientRequest }],
}

/** Any message on fromClient, or the DecodeError of the type it came closest to. */
export function decodeFromClient(frames: readonly Uint8Array[]): DecodeResult<T.FromClient> {
  return decodeChannel(fromClient, frames)
}

export const toClient: Channel = {
  name: "toClient",
  invalidRule: "FLP-4",
  entries: [{ layout: layouts.ServerPong, validate: validators.ServerPong }, { layout: layouts.ServerReply, validate: validators.ServerReply }],
}

/** Any message on toClient, or the DecodeError of the type it came closest to. */
export function decodeToClient(frames: readonly Uint8Array[]): DecodeResult<T.ToClient> {
  return decodeChannel(toClient, frames)
}
