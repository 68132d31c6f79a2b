/*
 * GENERATED from specs/*.yaml and schemas/bstar/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Binary Star primary/backup pair: vectors.ts)
 */
import type { GoldenVector } from "../../codec"

export const vectors: readonly GoldenVector[] = [
  {
    type: "ClientRequest",
    name: "the Guide's numbered request",
    message: { "command": "REQUEST", "body": [Buffer.from("31", "hex")] },
    frames: [Buffer.from("", "hex"), Buffer.from("31", "hex")],
  },
  {
    type: "ClientRequest",
    name: "a request of several frames, one of them empty",
    message: { "command": "REQUEST", "body": [Buffer.from("4d4450433031", "hex"), Buffer.from("6563686f", "hex"), Buffer.from("", "hex")] },
    frames: [Buffer.from("", "hex"), Buffer.from("4d4450433031", "hex"), Buffer.from("6563686f", "hex"), Buffer.from("", "hex")],
  },
  {
    type: "PeerState",
    name: "PRIMARY",
    message: { "state": "1" },
    frames: [Buffer.from("31", "hex")],
  },
  {
    type: "PeerState",
    name: "BACKUP",
    message: { "state": "2" },
    frames: [Buffer.from("32", "hex")],
  },
  {
    type: "PeerState",
    name: "ACTIVE",
    message: { "state": "3" },
    frames: [Buffer.from("33", "hex")],
  },
  {
    type: "PeerState",
    name: "PASSIVE",
    message: { "state": "4" },
    frames: [Buffer.from("34", "hex")],
  },
  {
    type: "ServerReply",
    name: "the echo of a numbered request",
    message: { "command": "REPLY", "body": [Buffer.from("31", "hex")] },
    frames: [Buffer.from("", "hex"), Buffer.from("31", "hex")],
  },
]
