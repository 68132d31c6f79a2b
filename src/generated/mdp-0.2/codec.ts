/*
 * GENERATED from specs/*.yaml and schemas/mdp-0.2/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (18/MDP Majordomo Protocol 0.2: codec.ts)
 */
import { decodeChannel, decodeWith, encodeWith, type Channel, type DecodeResult } from "../../codec"
import * as layouts from "./layouts"
import type * as T from "./types"
import * as validators from "./validators"

/** ClientFinal to frames. Pure; does not validate (see decodeClientFinal). */
export function encodeClientFinal(msg: T.ClientFinal): Buffer[] {
  return encodeWith(layouts.ClientFinal, msg)
}

/** Frames to a ClientFinal, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeClientFinal(frames: readonly Uint8Array[]): DecodeResult<T.ClientFinal> {
  return decodeWith(layouts.ClientFinal, validators.ClientFinal, frames)
}

/** ClientPartial to frames. Pure; does not validate (see decodeClientPartial). */
export function encodeClientPartial(msg: T.ClientPartial): Buffer[] {
  return encodeWith(layouts.ClientPartial, msg)
}

/** Frames to a ClientPartial, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeClientPartial(frames: readonly Uint8Array[]): DecodeResult<T.ClientPartial> {
  return decodeWith(layouts.ClientPartial, validators.ClientPartial, frames)
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

/** WorkerFinal to frames. Pure; does not validate (see decodeWorkerFinal). */
export function encodeWorkerFinal(msg: T.WorkerFinal): Buffer[] {
  return encodeWith(layouts.WorkerFinal, msg)
}

/** Frames to a WorkerFinal, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeWorkerFinal(frames: readonly Uint8Array[]): DecodeResult<T.WorkerFinal> {
  return decodeWith(layouts.WorkerFinal, validators.WorkerFinal, frames)
}

/** WorkerHeartbeat to frames. Pure; does not validate (see decodeWorkerHeartbeat). */
export function encodeWorkerHeartbeat(msg: T.WorkerHeartbeat): Buffer[] {
  return encodeWith(layouts.WorkerHeartbeat, msg)
}

/** Frames to a WorkerHeartbeat, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeWorkerHeartbeat(frames: readonly Uint8Array[]): DecodeResult<T.WorkerHeartbeat> {
  return decodeWith(layouts.WorkerHeartbeat, validators.WorkerHeartbeat, frames)
}

/** WorkerPartial to frames. Pure; does not validate (see decodeWorkerPartial). */
export function encodeWorkerPartial(msg: T.WorkerPartial): Buffer[] {
  return encodeWith(layouts.WorkerPartial, msg)
}

/** Frames to a WorkerPartial, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeWorkerPartial(frames: readonly Uint8Array[]): DecodeResult<T.WorkerPartial> {
  return decodeWith(layouts.WorkerPartial, validators.WorkerPartial, frames)
}

/** WorkerReady to frames. Pure; does not validate (see decodeWorkerReady). */
export function encodeWorkerReady(msg: T.WorkerReady): Buffer[] {
  return encodeWith(layouts.WorkerReady, msg)
}

/** Frames to a WorkerReady, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeWorkerReady(frames: readonly Uint8Array[]): DecodeResult<T.WorkerReady> {
  return decodeWith(layouts.WorkerReady, validators.WorkerReady, frames)
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
  invalidRule: "MDP2-6",
  entries: [{ layout: layouts.ClientRequest, validate: validators.ClientRequest }],
}

/** Any message on fromClient, or the DecodeError of the type it came closest to. */
export function decodeFromClient(frames: readonly Uint8Array[]): DecodeResult<T.FromClient> {
  return decodeChannel(fromClient, frames)
}

export const toClient: Channel = {
  name: "toClient",
  invalidRule: "MDP2-23",
  entries: [{ layout: layouts.ClientPartial, validate: validators.ClientPartial }, { layout: layouts.ClientFinal, validate: validators.ClientFinal }],
}

/** Any message on toClient, or the DecodeError of the type it came closest to. */
export function decodeToClient(frames: readonly Uint8Array[]): DecodeResult<T.ToClient> {
  return decodeChannel(toClient, frames)
}

export const fromWorker: Channel = {
  name: "fromWorker",
  invalidRule: "MDP2-23",
  entries: [{ layout: layouts.WorkerReady, validate: validators.WorkerReady }, { layout: layouts.WorkerPartial, validate: validators.WorkerPartial }, { layout: layouts.WorkerFinal, validate: validators.WorkerFinal }, { layout: layouts.WorkerHeartbeat, validate: validators.WorkerHeartbeat }, { layout: layouts.WorkerDisconnect, validate: validators.WorkerDisconnect }],
}

/** Any message on fromWorker, or the DecodeError of the type it came closest to. */
export function decodeFromWorker(frames: readonly Uint8Array[]): DecodeResult<T.FromWorker> {
  return decodeChannel(fromWorker, frames)
}

export const toWorker: Channel = {
  name: "toWorker",
  invalidRule: "MDP2-23",
  entries: [{ layout: layouts.WorkerRequest, validate: validators.WorkerRequest }, { layout: layouts.WorkerHeartbeat, validate: validators.WorkerHeartbeat }, { layout: layouts.WorkerDisconnect, validate: validators.WorkerDisconnect }],
}

/** Any message on toWorker, or the DecodeError of the type it came closest to. */
export function decodeToWorker(frames: readonly Uint8Array[]): DecodeResult<T.ToWorker> {
  return decodeChannel(toWorker, frames)
}

export const atBroker: Channel = {
  name: "atBroker",
  invalidRule: "MDP2-23",
  entries: [{ layout: layouts.ClientRequest, validate: validators.ClientRequest }, { layout: layouts.WorkerReady, validate: validators.WorkerReady }, { layout: layouts.WorkerPartial, validate: validators.WorkerPartial }, { layout: layouts.WorkerFinal, validate: validators.WorkerFinal }, { layout: layouts.WorkerHeartbeat, validate: validators.WorkerHeartbeat }, { layout: layouts.WorkerDisconnect, validate: validators.WorkerDisconnect }],
}

/** Any message on atBroker, or the DecodeError of the type it came closest to. */
export function decodeAtBroker(frames: readonly Uint8Array[]): DecodeResult<T.AtBroker> {
  return decodeChannel(atBroker, frames)
}
