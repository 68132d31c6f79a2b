/*
 * GENERATED from specs/*.yaml and schemas/relay/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Relay test protocol 1: layouts.ts)
 */
import type { MessageLayout } from "../../../../src/codec"

/** Hub to node: the return route (an envelope, first), the signature, kind 0x02, then the body frames. */
export const Delivery: MessageLayout = {
  title: "Delivery",
  rule: "REL-2",
  consts: {"kind":"DELIVERY"},
  frames: [
    { name: "route", rule: "REL-2", field: "route", as: "bytes", envelope: true },
    { name: "signature", rule: "REL-1", literal: Buffer.from("524c5931", "hex") },
    { name: "kind", rule: "REL-3", literal: Buffer.from("02", "hex") },
    { name: "body", rule: "REL-4", field: "body", as: "bytes", repeat: true },
  ],
}

/** Node to hub: the signature, kind 0x01, the hops to take (an envelope, in the middle), the topic, then the body frames. */
export const Forward: MessageLayout = {
  title: "Forward",
  rule: "REL-1",
  consts: {"kind":"FORWARD"},
  frames: [
    { name: "signature", rule: "REL-1", literal: Buffer.from("524c5931", "hex") },
    { name: "kind", rule: "REL-3", literal: Buffer.from("01", "hex") },
    { name: "hops", rule: "REL-2", field: "hops", as: "bytes", envelope: true },
    { name: "topic", rule: "REL-5", field: "topic", as: "text" },
    { name: "body", rule: "REL-4", field: "body", as: "bytes", repeat: true },
  ],
}

/** Either way: the signature and kind 0x03, no envelope. */
export const Ping: MessageLayout = {
  title: "Ping",
  rule: "REL-1",
  consts: {"kind":"PING"},
  frames: [
    { name: "signature", rule: "REL-1", literal: Buffer.from("524c5931", "hex") },
    { name: "kind", rule: "REL-3", literal: Buffer.from("03", "hex") },
  ],
}

/** Hub to node: the return route (an envelope), the signature, kind 0x04, then exactly one sequence frame. */
export const Receipt: MessageLayout = {
  title: "Receipt",
  rule: "REL-6",
  consts: {"kind":"RECEIPT"},
  frames: [
    { name: "envelope", rule: "REL-2", field: "envelope", as: "bytes", envelope: true },
    { name: "signature", rule: "REL-1", literal: Buffer.from("524c5931", "hex") },
    { name: "kind", rule: "REL-3", literal: Buffer.from("04", "hex") },
    { name: "sequence", rule: "REL-6", field: "seq", as: "text" },
  ],
}
