/*
 * GENERATED from specs/*.yaml and schemas/flp/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (10/FLP Freelance Protocol: vectors.ts)
 */
import type { GoldenVector } from "../../codec"

export const vectors: readonly GoldenVector[] = [
  {
    type: "ClientPing",
    name: "ping",
    message: { "command": "PING" },
    frames: [Buffer.from("50494e47", "hex")],
  },
  {
    type: "ClientRequest",
    name: "sequence number 1 with one body frame",
    message: { "command": "REQUEST", "ccf": Buffer.from("31", "hex"), "body": [Buffer.from("68656c6c6f", "hex")] },
    frames: [Buffer.from("31", "hex"), Buffer.from("68656c6c6f", "hex")],
  },
  {
    type: "ClientRequest",
    name: "a CCF that reads PING is still a request",
    message: { "command": "REQUEST", "ccf": Buffer.from("50494e47", "hex"), "body": [Buffer.from("", "hex"), Buffer.from("00ff", "hex")] },
    frames: [Buffer.from("50494e47", "hex"), Buffer.from("", "hex"), Buffer.from("00ff", "hex")],
  },
  {
    type: "ServerPong",
    name: "pong",
    message: { "command": "PONG" },
    frames: [Buffer.from("504f4e47", "hex")],
  },
  {
    type: "ServerReply",
    name: "reply to sequence number 1",
    message: { "command": "REPLY", "ccf": Buffer.from("31", "hex"), "body": [Buffer.from("4f4b", "hex")] },
    frames: [Buffer.from("31", "hex"), Buffer.from("4f4b", "hex")],
  },
]
