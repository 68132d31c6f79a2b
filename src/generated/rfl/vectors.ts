/*
 * GENERATED from specs/*.yaml and schemas/rfl/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Reliable Freelance (pyzmq seed dialect): vectors.ts)
 */
import type { GoldenVector } from "../../codec"

export const vectors: readonly GoldenVector[] = [
  {
    type: "HeartbeatReply",
    name: "server id is its endpoint",
    message: { "command": "HEARTBEAT", "serverId": "tcp://127.0.0.1:5555" },
    frames: [Buffer.from("", "hex"), Buffer.from("484541525442454154", "hex"), Buffer.from("7463703a2f2f3132372e302e302e313a35353535", "hex")],
  },
  {
    type: "Heartbeat",
    name: "heartbeat",
    message: { "command": "HEARTBEAT" },
    frames: [Buffer.from("", "hex"), Buffer.from("484541525442454154", "hex")],
  },
  {
    type: "Request",
    name: "one payload frame",
    message: { "command": "REQUEST", "requestId": Buffer.from("30623665336135322d366631652d346335332d396432612d356238633166306537613231", "hex"), "payload": [Buffer.from("68656c6c6f", "hex")] },
    frames: [Buffer.from("", "hex"), Buffer.from("52455155455354", "hex"), Buffer.from("30623665336135322d366631652d346335332d396432612d356238633166306537613231", "hex"), Buffer.from("68656c6c6f", "hex")],
  },
  {
    type: "Request",
    name: "an empty and a binary payload frame",
    message: { "command": "REQUEST", "requestId": Buffer.from("30623665336135322d366631652d346335332d396432612d356238633166306537613231", "hex"), "payload": [Buffer.from("", "hex"), Buffer.from("00ff", "hex")] },
    frames: [Buffer.from("", "hex"), Buffer.from("52455155455354", "hex"), Buffer.from("30623665336135322d366631652d346335332d396432612d356238633166306537613231", "hex"), Buffer.from("", "hex"), Buffer.from("00ff", "hex")],
  },
  {
    type: "ResponseError",
    name: "payload missing",
    message: { "command": "RESPONSE", "status": "ERROR", "requestId": Buffer.from("30623665336135322d366631652d346335332d396432612d356238633166306537613231", "hex"), "message": "no payload frame" },
    frames: [Buffer.from("", "hex"), Buffer.from("524553504f4e5345", "hex"), Buffer.from("30623665336135322d366631652d346335332d396432612d356238633166306537613231", "hex"), Buffer.from("4552524f52", "hex"), Buffer.from("6e6f207061796c6f6164206672616d65", "hex")],
  },
  {
    type: "ResponseOkEmpty",
    name: "empty result",
    message: { "command": "RESPONSE", "status": "OK", "requestId": Buffer.from("30623665336135322d366631652d346335332d396432612d356238633166306537613231", "hex") },
    frames: [Buffer.from("", "hex"), Buffer.from("524553504f4e5345", "hex"), Buffer.from("30623665336135322d366631652d346335332d396432612d356238633166306537613231", "hex"), Buffer.from("4f4b", "hex")],
  },
  {
    type: "ResponseOk",
    name: "echo of one payload frame",
    message: { "command": "RESPONSE", "status": "OK", "requestId": Buffer.from("30623665336135322d366631652d346335332d396432612d356238633166306537613231", "hex"), "result": [Buffer.from("68656c6c6f", "hex")] },
    frames: [Buffer.from("", "hex"), Buffer.from("524553504f4e5345", "hex"), Buffer.from("30623665336135322d366631652d346335332d396432612d356238633166306537613231", "hex"), Buffer.from("4f4b", "hex"), Buffer.from("68656c6c6f", "hex")],
  },
]
