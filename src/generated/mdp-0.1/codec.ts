/*
 * GENERATED from specs/*.yaml and schemas/mdp-0.1/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (7/MDP Majordomo Protocol 0.1: codec.ts)
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

/** MmiNotImplemented to frames. Pure; does not validate (see decodeMmiNotImplemented). */
export function encodeMmiNotImplemented(msg: T.MmiNotImplemented): Buffer[] {
  return encodeWith(layouts.MmiNotImplemented, msg)
}

/** Frames to a MmiNotImplemented, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeMmiNotImplemented(frames: readonly Uint8Array[]): DecodeResult<T.MmiNotImplemented> {
  return decodeWith(layouts.MmiNotImplemented, validators.MmiNotImplemented, frames)
}

/** MmiServiceReply to frames. Pure; does not validate (see decodeMmiServiceReply). */
export function encodeMmiServiceReply(msg: T.MmiServiceReply): Buffer[] {
  return encodeWith(layouts.MmiServiceReply, msg)
}

/** Frames to a MmiServiceReply, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeMmiServiceReply(frames: readonly Uint8Array[]): DecodeResult<T.MmiServiceReply> {
  return decodeWith(layouts.MmiServiceReply, validators.MmiServiceReply, frames)
}

/** MmiServiceRequest to frames. Pure; does not validate (see decodeMmiServiceRequest). */
export function encodeMmiServiceRequest(msg: T.MmiServiceRequest): Buffer[] {
  return encodeWith(layouts.MmiServiceRequest, msg)
}

/** Frames to a MmiServiceRequest, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeMmiServiceRequest(frames: readonly Uint8Array[]): DecodeResult<T.MmiServiceRequest> {
  return decodeWith(layouts.MmiServiceRequest, validators.MmiServiceRequest, frames)
}

/** WorkerDisconnect to frames. Pure; does not validate (see decodeWorkerDisconnect). */
export function encodeWorkerDisconnect(msg: T.WorkerDisconnect): Buffer[] {
  return encodeWith(layouts.WorkerDisconnect, msg)
}

/** Frames to a WorkerDisconnect, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeWorkerDisconnect(frames: readonly Uint8Array[]): DecodeResult<T.WorkerDisconnect> {
  return decodeWith(layouts.WorkerDisconnect, validators.WorkerDisconnect, frames)
}

/** WorkerHeartbeat to frames. Pure; does not validate (see decodeWorkerHeartbeat). */
export function encodeWorkerHeartbeat(msg: T.WorkerHeartbeat): Buffer[] {
  return encodeWith(layouts.WorkerHeartbeat, msg)
}

/** Frames to a WorkerHeartbeat, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeWorkerHeartbeat(frames: readonly Uint8Array[]): DecodeResult<T.WorkerHeartbeat> {
  return decodeWith(layouts.WorkerHeartbeat, validators.WorkerHeartbeat, frames)
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
  invalidRule: "MDP-6",
  entries: [{ layout: layouts.ClientRequest, validate: validators.ClientRequest }],
}

/** Any message on fromClient, or the DecodeError of the type it came closest to. */
export function decodeFromClient(frames: readonly Uint8Array[]): DecodeResult<T.FromClient> {
  return decodeChannel(fromClient, frames)
}

export const toClient: Channel = {
  name: "toClient",
  invalidRule: "MDP-7",
  entries: [{ layout: layouts.ClientReply, validate: validators.ClientReply }],
}

/** Any message on toClient, or the DecodeError of the type it came closest to. */
export function decodeToClient(frames: readonly Uint8Array[]): DecodeResult<T.ToClient> {
  return decodeChannel(toClient, frames)
}

export const fromWorker: Channel = {
  name: "fromWorker",
  invalidRule: "MDP-22",
  entries: [{ layout: layouts.WorkerReady, validate: validators.WorkerReady }, { layout: layouts.WorkerReply, validate: validators.WorkerReply }, { layout: layouts.WorkerHeartbeat, validate: validators.WorkerHeartbeat }, { layout: layouts.WorkerDisconnect, validate: validators.WorkerDisconnect }],
}

/** Any message on fromWorker, or the DecodeError of the type it came closest to. */
export function decodeFromWorker(frames: readonly Uint8Array[]): DecodeResult<T.FromWorker> {
  return decodeChannel(fromWorker, frames)
}

export const toWorker: Channel = {
  name: "toWorker",
  invalidRule: "MDP-22",
  entries: [{ layout: layouts.WorkerRequest, validate: validators.WorkerRequest }, { layout: layouts.WorkerHeartbeat, validate: validators.WorkerHeartbeat }, { layout: layouts.WorkerDisconnect, validate: validators.WorkerDisconnect }],
}

/** Any message on toWorker, or the DecodeError of the type it came closest to. */
export function decodeToWorker(frames: readonly Uint8Array[]): DecodeResult<T.ToWorker> {
  return decodeChannel(toWorker, frames)
}

export const atBroker: Channel = {
  name: "atBroker",
  invalidRule: "MDP-22",
  entries: [{ layout: layouts.ClientRequest, validate: validators.ClientRequest }, { layout: layouts.WorkerReady, validate: validators.WorkerReady }, { layout: layouts.WorkerReply, validate: validators.WorkerReply }, { layout: layouts.WorkerHeartbeat, validate: validators.WorkerHeartbeat }, { layout: layouts.WorkerDisconnect, validate: validators.WorkerDisconnect }],
}

/** Any message on atBroker, or the DecodeError of the type it came closest to. */
export function decodeAtBroker(frames: readonly Uint8Array[]): DecodeResult<T.AtBroker> {
  return decodeChannel(atBroker, frames)
}
