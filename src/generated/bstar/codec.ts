/*
 * GENERATED from specs/*.yaml and schemas/bstar/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Binary Star primary/backup pair: codec.ts)
 */
import { decodeChannel, decodeWith, encodeWith, type Channel, type DecodeResult } from "../../codec"
import * as layouts from "./layouts"
import type * as T from "./types"
import * as validators from "./validators"

/** ClientRequest to frames. Pure; does not validate (see decodeClientRequest). */
export function encodeClientRequest(msg: T.ClientRequest): Buffer[] {
  return encodeWith(layouts.ClientRequest, msg)
}

/** Frames to a ClientRequest, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeClientRequest(frames: readonly Uint8Array[]): DecodeResult<T.ClientRequest> {
  return decodeWith(layouts.ClientRequest, validators.ClientRequest, frames)
}

/** PeerState to frames. Pure; does not validate (see decodePeerState). */
export function encodePeerState(msg: T.PeerState): Buffer[] {
  return encodeWith(layouts.PeerState, msg)
}

/** Frames to a PeerState, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodePeerState(frames: readonly Uint8Array[]): DecodeResult<T.PeerState> {
  return decodeWith(layouts.PeerState, validators.PeerState, frames)
}

/** ServerReply to frames. Pure; does not validate (see decodeServerReply). */
export function encodeServerReply(msg: T.ServerReply): Buffer[] {
  return encodeWith(layouts.ServerReply, msg)
}

/** Frames to a ServerReply, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeServerReply(frames: readonly Uint8Array[]): DecodeResult<T.ServerReply> {
  return decodeWith(layouts.ServerReply, validators.ServerReply, frames)
}

export const stateLink: Channel = {
  name: "stateLink",
  invalidRule: "BSTAR-3",
  entries: [{ layout: layouts.PeerState, validate: validators.PeerState }],
}

/** Any message on stateLink, or the DecodeError of the type it came closest to. */
export function decodeStateLink(frames: readonly Uint8Array[]): DecodeResult<T.StateLink> {
  return decodeChannel(stateLink, frames)
}

export const fromClient: Channel = {
  name: "fromClient",
  invalidRule: "BSTAR-27",
  entries: [{ layout: layouts.ClientRequest, validate: validators.ClientRequest }],
}

/** Any message on fromClient, or the DecodeError of the type it came closest to. */
export function decodeFromClient(frames: readonly Uint8Array[]): DecodeResult<T.FromClient> {
  return decodeChannel(fromClient, frames)
}

export const toClient: Channel = {
  name: "toClient",
  invalidRule: "BSTAR-14",
  entries: [{ layout: layouts.ServerReply, validate: validators.ServerReply }],
}

/** Any message on toClient, or the DecodeError of the type it came closest to. */
export function decodeToClient(frames: readonly Uint8Array[]): DecodeResult<T.ToClient> {
  return decodeChannel(toClient, frames)
}
