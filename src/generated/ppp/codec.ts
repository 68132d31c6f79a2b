/*
 * GENERATED from specs/*.yaml and schemas/ppp/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (6/PPP Paranoid Pirate Protocol: codec.ts)
 */
import { decodeChannel, decodeWith, encodeWith, type Channel, type DecodeResult } from "../../codec"
import * as layouts from "./layouts"
import type * as T from "./types"
import * as validators from "./validators"

/** Heartbeat to frames. Pure; does not validate (see decodeHeartbeat). */
export function encodeHeartbeat(msg: T.Heartbeat): Buffer[] {
  return encodeWith(layouts.Heartbeat, msg)
}

/** Frames to a Heartbeat, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeHeartbeat(frames: readonly Uint8Array[]): DecodeResult<T.Heartbeat> {
  return decodeWith(layouts.Heartbeat, validators.Heartbeat, frames)
}

/** Ready to frames. Pure; does not validate (see decodeReady). */
export function encodeReady(msg: T.Ready): Buffer[] {
  return encodeWith(layouts.Ready, msg)
}

/** Frames to a Ready, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeReady(frames: readonly Uint8Array[]): DecodeResult<T.Ready> {
  return decodeWith(layouts.Ready, validators.Ready, frames)
}

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

export const toWorker: Channel = {
  name: "toWorker",
  invalidRule: "PPP-7",
  entries: [{ layout: layouts.Request, validate: validators.Request }, { layout: layouts.Heartbeat, validate: validators.Heartbeat }],
}

/** Any message on toWorker, or the DecodeError of the type it came closest to. */
export function decodeToWorker(frames: readonly Uint8Array[]): DecodeResult<T.ToWorker> {
  return decodeChannel(toWorker, frames)
}

export const fromWorker: Channel = {
  name: "fromWorker",
  invalidRule: "PPP-7",
  entries: [{ layout: layouts.Ready, validate: validators.Ready }, { layout: layouts.Heartbeat, validate: validators.Heartbeat }, { layout: layouts.Reply, validate: validators.Reply }],
}

/** Any message on fromWorker, or the DecodeError of the type it came closest to. */
export function decodeFromWorker(frames: readonly Uint8Array[]): DecodeResult<T.FromWorker> {
  return decodeChannel(fromWorker, frames)
}
