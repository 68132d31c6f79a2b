/*
 * GENERATED from specs/*.yaml and schemas/ppp/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (6/PPP Paranoid Pirate Protocol: vectors.ts)
 */
import type { GoldenVector } from "../../codec"

export const vectors: readonly GoldenVector[] = [
  {
    type: "Heartbeat",
    name: "heartbeat",
    message: { "command": "HEARTBEAT" },
    frames: [Buffer.from("02", "hex")],
  },
  {
    type: "Ready",
    name: "ready",
    message: { "command": "READY" },
    frames: [Buffer.from("01", "hex")],
  },
  {
    type: "Reply",
    name: "reply to client 0x00a1b2c3d4",
    message: { "command": "REPLY", "stack": [Buffer.from("00a1b2c3d4", "hex")], "body": [Buffer.from("68656c6c6f", "hex")] },
    frames: [Buffer.from("00a1b2c3d4", "hex"), Buffer.from("", "hex"), Buffer.from("68656c6c6f", "hex")],
  },
  {
    type: "Reply",
    name: "two-frame reply through two hops",
    message: { "command": "REPLY", "stack": [Buffer.from("686f702d62", "hex"), Buffer.from("00c0ffee", "hex")], "body": [Buffer.from("706172742031", "hex"), Buffer.from("706172742032", "hex")] },
    frames: [Buffer.from("686f702d62", "hex"), Buffer.from("00c0ffee", "hex"), Buffer.from("", "hex"), Buffer.from("706172742031", "hex"), Buffer.from("706172742032", "hex")],
  },
  {
    type: "Request",
    name: "request from client 0x00a1b2c3d4",
    message: { "command": "REQUEST", "stack": [Buffer.from("00a1b2c3d4", "hex")], "body": [Buffer.from("68656c6c6f", "hex")] },
    frames: [Buffer.from("00a1b2c3d4", "hex"), Buffer.from("", "hex"), Buffer.from("68656c6c6f", "hex")],
  },
  {
    type: "Request",
    name: "two-frame request through two hops",
    message: { "command": "REQUEST", "stack": [Buffer.from("686f702d62", "hex"), Buffer.from("00c0ffee", "hex")], "body": [Buffer.from("706172742031", "hex"), Buffer.from("706172742032", "hex")] },
    frames: [Buffer.from("686f702d62", "hex"), Buffer.from("00c0ffee", "hex"), Buffer.from("", "hex"), Buffer.from("706172742031", "hex"), Buffer.from("706172742032", "hex")],
  },
]
