/*
 * GENERATED from specs/*.yaml and schemas/simple-pirate/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Simple Pirate (queue of REQ workers, Guide pattern): codec.ts)
 */
import { decodeChannel, decodeWith, encodeWith, type Channel, type DecodeResult } from "../../codec"
import * as layouts from "./layouts"
import type * as T from "./types"
import * as validators from "./validators"

/** ClientReply to frames. Pure; does not validate (see decodeClientReply). */
export function encodeClientReply(msg: T.ClientReply): Buffer[] {
  return encodeWith(layouts.ClientReply, msg)
}

/** Frames to a ClientReply, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeClientReply(frames: readonly Uint8Array[]): DecodeResult<T.ClientReply> {
  return decodeWith(layouts.ClientReply, validators.ClientReply, frames)
}

/** ClientRequest to frames. Pure; does not validate (see decodeClientRequest). */
export function encodeClientRequest(msg: T.ClientRequest): Buffer[] {
  return encodeWith(layouts.ClientRequest, msg)
}

/** Frames to a ClientRequest, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeClientRequest(frames: readonly Uint8Array[]): DecodeResult<T.ClientRequest> {
  return decodeWith(layouts.ClientRequest, validators.ClientRequest, frames)
}

/** WorkerReady to frames. Pure; does not validate (see decodeWorkerReady). */
export function encodeWorkerReady(msg: T.WorkerReady): Buffer[] {
  return encodeWith(layouts.WorkerReady, msg)
}

/** Frames to a WorkerReady, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeWorkerReady(frames: readonly Uint8Array[]): DecodeResult<T.WorkerReady> {
  return decodeWith(layouts.WorkerReady, validators.WorkerReady, frames)
}

/** WorkerReply to frames. Pure; does not validate (see decodeWorkerReply). */
export function encodeWorkerReply(msg: T.WorkerReply): Buffer[] {
  return encodeWith(layouts.WorkerReply, msg)
}

/** Frames to a WorkerReply, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeWorkerReply(frames: readonly Uint8Array[]): DecodeResult<T.WorkerReply> {
  return decodeWith(layouts.WorkerReply, validators.WorkerReply, frames)
}

/** WorkerRequest to frames. Pure; does not validate (see decodeWorkerRequest). */
export function encodeWorkerRequest(msg: T.WorkerRequest): Buffer[] {
  return encodeWith(layouts.WorkerRequest, msg)
}

/** Frames to a WorkerRequest, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeWorkerRequest(frames: readonly Uint8Array[]): DecodeResult<T.WorkerRequest> {
  return decodeWith(layouts.WorkerRequest, validators.WorkerRequest, frames)
}

export const fromClient: Channel = {
  name: "fromClient",
  invalidRule: "SPP-2",
  entries: [{ layout: layouts.ClientRequest, validate: validators.ClientRequest }],
}

/** Any message on fromClient, or the DecodeError of the type it came closest to. */
export function decodeFromClient(frames: readonly Uint8Array[]): DecodeResult<T.FromClient> {
  return decodeChannel(fromClient, frames)
}

export const toClient: Channel = {
  name: "toClient",
  invalidRule: "SPP-10",
  entries: [{ layout: layouts.ClientReply, validate: validators.ClientReply }],
}

/** Any message on toClient, or the DecodeError of the type it came closest to. */
export function decodeToClient(frames: readonly Uint8Array[]): DecodeResult<T.ToClient> {
  return decodeChannel(toClient, frames)
}

export const fromWorker: Channel = {
  name: "fromWorker",
  invalidRule: "SPP-5",
  entries: [{ layout: layouts.WorkerReady, validate: validators.WorkerReady }, { layout: layouts.WorkerReply, validate: validators.WorkerReply }],
}

/** Any message on fromWorker, or the DecodeError of the type it came closest to. */
export function decodeFromWorker(frames: readonly Uint8Array[]): DecodeResult<T.FromWorker> {
  return decodeChannel(fromWorker, frames)
}

export const toWorker: Channel = {
  name: "toWorker",
  invalidRule: "SPP-9",
  entries: [{ layout: layouts.WorkerRequest, validate: validators.WorkerRequest }],
}

/** Any message on toWorker, or the DecodeError of the type it came closest to. */
export function decodeToWorker(frames: readonly Uint8Array[]): DecodeResult<T.ToWorker> {
  return decodeChannel(toWorker, frames)
}
