/*
 * GENERATED from specs/*.yaml and schemas/lazy-pirate/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Lazy Pirate (client-side reliability, Guide pattern): vectors.ts)
 */
import type { GoldenVector } from "../../codec"

export const vectors: readonly GoldenVector[] = [
  {
    type: "Reply",
    name: "reply number 1",
    message: { "command": "REPLY", "body": [Buffer.from("31", "hex")] },
    frames: [Buffer.from("", "hex"), Buffer.from("31", "hex")],
  },
  {
    type: "Request",
    name: "request number 1",
    message: { "command": "REQUEST", "body": [Buffer.from("31", "hex")] },
    frames: [Buffer.from("", "hex"), Buffer.from("31", "hex")],
  },
]
