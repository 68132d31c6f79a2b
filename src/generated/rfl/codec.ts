/*
 * GENERATED from specs/*.yaml and schemas/rfl/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Reliable Freelance (pyzmq seed dialect): codec.ts)
 */
import { decodeChannel, decodeWith, encodeWith, type Channel, type DecodeResult } from "../../codec"
import * as layouts from "./layouts"
import type * as T from "./types"
import * as validators from "./validators"

/** HeartbeatReply to frames. Pure; does not validate (see decodeHeartbeatReply). */
export function encodeHeartbeatReply(msg: T.HeartbeatReply): Buffer[] {
  return encodeWith(layouts.HeartbeatReply, msg)
}

/** Frames to a HeartbeatReply, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeHeartbeatReply(frames: readonly Uint8Array[]): DecodeResult<T.HeartbeatReply> {
  return decodeWith(layouts.HeartbeatReply, validators.HeartbeatReply, frames)
}

/** Heartbeat to frames. Pure; does not validate (see decodeHeartbeat). */
export function encodeHeartbeat(msg: T.Heartbeat): Buffer[] {
  return encodeWith(layouts.Heartbeat, msg)
}

/** Frames to a Heartbeat, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeHeartbeat(frames: readonly Uint8Array[]): DecodeResult<T.Heartbeat> {
  return decodeWith(layouts.Heartbeat, validators.Heartbeat, frames)
}

/** Request to frames. Pure; does not validate (see decodeRequest). */
export function encodeRequest(msg: T.Request): Buffer[] {
  return encodeWith(layouts.Request, msg)
}

/** Frames to a Request, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeRequest(frames: readonly Uint8Array[]): DecodeResult<T.Request> {
  return decodeWith(layouts.Request, validators.Request, frames)
}

/** ResponseError to frames. Pure; does not validate (see decodeResponseError). */
export function encodeResponseError(msg: T.ResponseError): Buffer[] {
  return encodeWith(layouts.ResponseError, msg)
}

/** Frames to a ResponseError, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeResponseError(frames: readonly Uint8Array[]): DecodeResult<T.ResponseError> {
  return decodeWith(layouts.ResponseError, validators.ResponseError, frames)
}

/** ResponseOkEmpty to frames. Pure; does not validate (see decodeResponseOkEmpty). */
export function encodeResponseOkEmpty(msg: T.ResponseOkEmpty): Buffer[] {
  return encodeWith(layouts.ResponseOkEmpty, msg)
}

/** Frames to a ResponseOkEmpty, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeResponseOkEmpty(frames: readonly Uint8Array[]): DecodeResult<T.ResponseOkEmpty> {
  return decodeWith(layouts.ResponseOkEmpty, validators.ResponseOkEmpty, frames)
}

/** ResponseOk to frames. Pure; does not validate (see decodeResponseOk). */
export function encodeResponseOk(msg: T.ResponseOk): Buffer[] {
  return encodeWith(layouts.ResponseOk, msg)
}

/** Frames to a ResponseOk, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeResponseOk(frames: readonly Uint8Array[]): DecodeResult<T.ResponseOk> {
  return decodeWith(layouts.ResponseOk, validators.ResponseOk, frames)
}

export const fromClient: Channel = {
  name: "fromClient",
  invalidRule: "RFL-2",
  entries: [{ layout: layouts.Request, validate: validators.Request }, { layout: layouts.Heartbeat, validate: validators.Heartbeat }],
}

/** Any message on fromClient, or the DecodeError of the type it came closest to. */
export function decodeFromClient(frames: readonly Uint8Array[]): DecodeResult<T.FromClient> {
  return decodeChannel(fromClient, frames)
}

export const toClient: Channel = {
  name: "toClient",
  invalidRule: "RFL-2",
  entries: [{ layout: layouts.ResponseOk, validate: validators.ResponseOk }, { layout: layouts.ResponseOkEmpty, validate: validators.ResponseOkEmpty }, { layout: layouts.ResponseError, validate: validators.ResponseError }, { layout: layouts.HeartbeatReply, validate: validators.HeartbeatReply }],
}

/** Any message on toClient, or the DecodeError of the type it came closest to. */
export function decodeToClient(frames: readonly Uint8Array[]): DecodeResult<T.ToClient> {
  return decodeChannel(toClient, frames)
}
