/*
 * GENERATED from specs/*.yaml and schemas/tsp/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (9/TSP Titanic Service Protocol: codec.ts)
 */
import { decodeChannel, decodeWith, encodeWith, type Channel, type DecodeResult } from "../../codec"
import * as layouts from "./layouts"
import type * as T from "./types"
import * as validators from "./validators"

/** CloseQuery to frames. Pure; does not validate (see decodeCloseQuery). */
export function encodeCloseQuery(msg: T.CloseQuery): Buffer[] {
  return encodeWith(layouts.CloseQuery, msg)
}

/** Frames to a CloseQuery, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeCloseQuery(frames: readonly Uint8Array[]): DecodeResult<T.CloseQuery> {
  return decodeWith(layouts.CloseQuery, validators.CloseQuery, frames)
}

/** CloseReply to frames. Pure; does not validate (see decodeCloseReply). */
export function encodeCloseReply(msg: T.CloseReply): Buffer[] {
  return encodeWith(layouts.CloseReply, msg)
}

/** Frames to a CloseReply, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeCloseReply(frames: readonly Uint8Array[]): DecodeResult<T.CloseReply> {
  return decodeWith(layouts.CloseReply, validators.CloseReply, frames)
}

/** ReplyFound to frames. Pure; does not validate (see decodeReplyFound). */
export function encodeReplyFound(msg: T.ReplyFound): Buffer[] {
  return encodeWith(layouts.ReplyFound, msg)
}

/** Frames to a ReplyFound, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeReplyFound(frames: readonly Uint8Array[]): DecodeResult<T.ReplyFound> {
  return decodeWith(layouts.ReplyFound, validators.ReplyFound, frames)
}

/** ReplyQuery to frames. Pure; does not validate (see decodeReplyQuery). */
export function encodeReplyQuery(msg: T.ReplyQuery): Buffer[] {
  return encodeWith(layouts.ReplyQuery, msg)
}

/** Frames to a ReplyQuery, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeReplyQuery(frames: readonly Uint8Array[]): DecodeResult<T.ReplyQuery> {
  return decodeWith(layouts.ReplyQuery, validators.ReplyQuery, frames)
}

/** ReplyStatus to frames. Pure; does not validate (see decodeReplyStatus). */
export function encodeReplyStatus(msg: T.ReplyStatus): Buffer[] {
  return encodeWith(layouts.ReplyStatus, msg)
}

/** Frames to a ReplyStatus, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeReplyStatus(frames: readonly Uint8Array[]): DecodeResult<T.ReplyStatus> {
  return decodeWith(layouts.ReplyStatus, validators.ReplyStatus, frames)
}

/** RequestAccepted to frames. Pure; does not validate (see decodeRequestAccepted). */
export function encodeRequestAccepted(msg: T.RequestAccepted): Buffer[] {
  return encodeWith(layouts.RequestAccepted, msg)
}

/** Frames to a RequestAccepted, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeRequestAccepted(frames: readonly Uint8Array[]): DecodeResult<T.RequestAccepted> {
  return decodeWith(layouts.RequestAccepted, validators.RequestAccepted, frames)
}

/** RequestBody to frames. Pure; does not validate (see decodeRequestBody). */
export function encodeRequestBody(msg: T.RequestBody): Buffer[] {
  return encodeWith(layouts.RequestBody, msg)
}

/** Frames to a RequestBody, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeRequestBody(frames: readonly Uint8Array[]): DecodeResult<T.RequestBody> {
  return decodeWith(layouts.RequestBody, validators.RequestBody, frames)
}

/** RequestRefused to frames. Pure; does not validate (see decodeRequestRefused). */
export function encodeRequestRefused(msg: T.RequestRefused): Buffer[] {
  return encodeWith(layouts.RequestRefused, msg)
}

/** Frames to a RequestRefused, or a DecodeError naming the frame and the rule broken. Never throws. */
export function decodeRequestRefused(frames: readonly Uint8Array[]): DecodeResult<T.RequestRefused> {
  return decodeWith(layouts.RequestRefused, validators.RequestRefused, frames)
}

export const requestIn: Channel = {
  name: "requestIn",
  invalidRule: "TSP-5",
  entries: [{ layout: layouts.RequestBody, validate: validators.RequestBody }],
}

/** Any message on requestIn, or the DecodeError of the type it came closest to. */
export function decodeRequestIn(frames: readonly Uint8Array[]): DecodeResult<T.RequestIn> {
  return decodeChannel(requestIn, frames)
}

export const requestOut: Channel = {
  name: "requestOut",
  invalidRule: "TSP-22",
  entries: [{ layout: layouts.RequestAccepted, validate: validators.RequestAccepted }, { layout: layouts.RequestRefused, validate: validators.RequestRefused }],
}

/** Any message on requestOut, or the DecodeError of the type it came closest to. */
export function decodeRequestOut(frames: readonly Uint8Array[]): DecodeResult<T.RequestOut> {
  return decodeChannel(requestOut, frames)
}

export const replyIn: Channel = {
  name: "replyIn",
  invalidRule: "TSP-9",
  entries: [{ layout: layouts.ReplyQuery, validate: validators.ReplyQuery }],
}

/** Any message on replyIn, or the DecodeError of the type it came closest to. */
export function decodeReplyIn(frames: readonly Uint8Array[]): DecodeResult<T.ReplyIn> {
  return decodeChannel(replyIn, frames)
}

export const replyOut: Channel = {
  name: "replyOut",
  invalidRule: "TSP-22",
  entries: [{ layout: layouts.ReplyFound, validate: validators.ReplyFound }, { layout: layouts.ReplyStatus, validate: validators.ReplyStatus }],
}

/** Any message on replyOut, or the DecodeError of the type it came closest to. */
export function decodeReplyOut(frames: readonly Uint8Array[]): DecodeResult<T.ReplyOut> {
  return decodeChannel(replyOut, frames)
}

export const closeIn: Channel = {
  name: "closeIn",
  invalidRule: "TSP-14",
  entries: [{ layout: layouts.CloseQuery, validate: validators.CloseQuery }],
}

/** Any message on closeIn, or the DecodeError of the type it came closest to. */
export function decodeCloseIn(frames: readonly Uint8Array[]): DecodeResult<T.CloseIn> {
  return decodeChannel(closeIn, frames)
}

export const closeOut: Channel = {
  name: "closeOut",
  invalidRule: "TSP-16",
  entries: [{ layout: layouts.CloseReply, validate: validators.CloseReply }],
}

/** Any message on closeOut, or the DecodeError of the type it came closest to. */
export function decodeCloseOut(frames: readonly Uint8Array[]): DecodeResult<T.CloseOut> {
  return decodeChannel(closeOut, frames)
}
