/*
 * GENERATED from specs/*.yaml and schemas/simple-pirate/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Simple Pirate (queue of REQ workers, Guide pattern): vectors.ts)
 */
import type { GoldenVector } from "../../codec"

export const vectors: readonly GoldenVector[] = [
  {
    type: "ClientReply",
    name: "reply number 1",
    message: { "command": "REPLY", "body": [Buffer.from("31", "hex")] },
    frames: [Buffer.from("", "hex"), Buffer.from("31", "hex")],
  },
  {
    type: "ClientRequest",
    name: "request number 1",
    message: { "command": "REQUEST", "body": [Buffer.from("31", "hex")] },
    frames: [Buffer.from("", "hex"), Buffer.from("31", "hex")],
  },
  {
    type: "WorkerReady",
    name: "ready",
    message: { "command": "READY" },
    frames: [Buffer.from("", "hex"), Buffer.from("01", "hex")],
  },
  {
    type: "WorkerReply",
    name: "reply to client 0x00a1b2c3d4",
    message: { "command": "REPLY", "client": [Buffer.from("00a1b2c3d4", "hex")], "body": [Buffer.from("31", "hex")] },
    frames: [Buffer.from("", "hex"), Buffer.from("00a1b2c3d4", "hex"), Buffer.from("", "hex"), Buffer.from("31", "hex")],
  },
  {
    type: "WorkerRequest",
    name: "request from client 0x00a1b2c3d4",
    message: { "command": "REQUEST", "client": [Buffer.from("00a1b2c3d4", "hex")], "body": [Buffer.from("31", "hex")] },
    frames: [Buffer.from("", "hex"), Buffer.from("00a1b2c3d4", "hex"), Buffer.from("", "hex"), Buffer.from("31", "hex")],
  },
]
