/*
 * GENERATED from specs/*.yaml and schemas/lazy-pirate/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Lazy Pirate (client-side reliability, Guide pattern): layouts.ts)
 */
import type { MessageLayout } from "../../codec"

/** Lazy Pirate reply, server to client, as a DEALER sees it: REP's empty delimiter, then the reply frames. The Guide's server returns the request frames unchanged (LPC-18). */
export const Reply: MessageLayout = {
  title: "Reply",
  rule: "LPC-17",
  consts: {"command":"REPLY"},
  frames: [
    { name: "delimiter", rule: "LPC-17", literal: Buffer.from("", "hex") },
    { name: "body", rule: "LPC-17", field: "body", as: "bytes", repeat: true },
  ],
}

/** Lazy Pirate request, client to server, as a ROUTER sees it after the client's identity: REQ's empty delimiter, then the request frames. The Guide's client sends one frame, its sequence number in decimal. */
export const Request: MessageLayout = {
  title: "Request",
  rule: "LPC-15",
  consts: {"command":"REQUEST"},
  frames: [
    { name: "delimiter", rule: "LPC-15", literal: Buffer.from("", "hex") },
    { name: "body", rule: "LPC-15", field: "body", as: "bytes", repeat: true },
  ],
}
