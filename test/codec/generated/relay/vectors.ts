/*
 * GENERATED from specs/*.yaml and schemas/relay/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Relay test protocol 1: vectors.ts)
 */
import type { GoldenVector } from "../../../../src/codec"

export const vectors: readonly GoldenVector[] = [
  {
    type: "Delivery",
    name: "one hop, one body frame",
    message: { "kind": "DELIVERY", "route": [Buffer.from("00a1b2c3d4", "hex")], "body": [Buffer.from("68656c6c6f", "hex")] },
    frames: [Buffer.from("00a1b2c3d4", "hex"), Buffer.from("", "hex"), Buffer.from("524c5931", "hex"), Buffer.from("02", "hex"), Buffer.from("68656c6c6f", "hex")],
  },
  {
    type: "Delivery",
    name: "three hops, an empty and a binary body frame",
    message: { "kind": "DELIVERY", "route": [Buffer.from("6875622d61", "hex"), Buffer.from("00ff", "hex"), Buffer.from("7731", "hex")], "body": [Buffer.from("", "hex"), Buffer.from("00ff10", "hex")] },
    frames: [Buffer.from("6875622d61", "hex"), Buffer.from("00ff", "hex"), Buffer.from("7731", "hex"), Buffer.from("", "hex"), Buffer.from("524c5931", "hex"), Buffer.from("02", "hex"), Buffer.from("", "hex"), Buffer.from("00ff10", "hex")],
  },
  {
    type: "Forward",
    name: "two hops to topic news",
    message: { "kind": "FORWARD", "hops": [Buffer.from("6875622d62", "hex"), Buffer.from("00c0ffee", "hex")], "topic": "news", "body": [Buffer.from("706172742031", "hex"), Buffer.from("706172742032", "hex")] },
    frames: [Buffer.from("524c5931", "hex"), Buffer.from("01", "hex"), Buffer.from("6875622d62", "hex"), Buffer.from("00c0ffee", "hex"), Buffer.from("", "hex"), Buffer.from("6e657773", "hex"), Buffer.from("706172742031", "hex"), Buffer.from("706172742032", "hex")],
  },
  {
    type: "Ping",
    name: "ping",
    message: { "kind": "PING" },
    frames: [Buffer.from("524c5931", "hex"), Buffer.from("03", "hex")],
  },
  {
    type: "Receipt",
    name: "receipt 42 over one hop",
    message: { "kind": "RECEIPT", "envelope": [Buffer.from("6e6f64652d37", "hex")], "seq": "42" },
    frames: [Buffer.from("6e6f64652d37", "hex"), Buffer.from("", "hex"), Buffer.from("524c5931", "hex"), Buffer.from("04", "hex"), Buffer.from("3432", "hex")],
  },
]
