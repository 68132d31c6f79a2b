/*
 * GENERATED from specs/*.yaml and schemas/ppp/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (6/PPP Paranoid Pirate Protocol: layouts.ts)
 */
import type { MessageLayout } from "../../codec"

/** 6/PPP HEARTBEAT, either direction: one frame, the byte 0x02 (PPP-8, PPP-9). Not the string "HEARTBEAT" some Guide ports send. */
export const Heartbeat: MessageLayout = {
  title: "Heartbeat",
  rule: "PPP-3",
  consts: {"command":"HEARTBEAT"},
  frames: [
    { name: "command", rule: "PPP-3", literal: Buffer.from("02", "hex") },
  ],
}

/** 6/PPP READY, worker to queue: one frame, the byte 0x01. Opens every conversation (PPP-1); sent again on a new connection after the queue is lost (PPP-12). */
export const Ready: MessageLayout = {
  title: "Ready",
  rule: "PPP-2",
  consts: {"command":"READY"},
  frames: [
    { name: "command", rule: "PPP-2", literal: Buffer.from("01", "hex") },
  ],
}

/** 6/PPP REPLY, worker to queue: the address stack of the REQUEST it answers, unchanged, the empty frame closing it, then one or more content frames (PPP-5: the structure of REQUEST). */
export const Reply: MessageLayout = {
  title: "Reply",
  rule: "PPP-5",
  consts: {"command":"REPLY"},
  frames: [
    { name: "address stack", rule: "PPP-5", field: "stack", as: "bytes", envelope: true },
    { name: "content", rule: "PPP-5", field: "body", as: "bytes", repeat: true },
  ],
}

/** 6/PPP REQUEST, queue to worker: the address stack (in the Guide's topology, the client's identity), the empty frame closing it, then one or more content frames, unchanged from the client. */
export const Request: MessageLayout = {
  title: "Request",
  rule: "PPP-4",
  consts: {"command":"REQUEST"},
  frames: [
    { name: "address stack", rule: "PPP-4", field: "stack", as: "bytes", envelope: true },
    { name: "content", rule: "PPP-4", field: "body", as: "bytes", repeat: true },
  ],
}
