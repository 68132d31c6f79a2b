/*
 * GENERATED from specs/*.yaml and schemas/tsp/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (9/TSP Titanic Service Protocol: vectors.ts)
 */
import type { GoldenVector } from "../../codec"

export const vectors: readonly GoldenVector[] = [
  {
    type: "CloseQuery",
    name: "lower-case UUID",
    message: { "uuid": "0123456789abcdef0123456789abcdef" },
    frames: [Buffer.from("3031323334353637383961626364656630313233343536373839616263646566", "hex")],
  },
  {
    type: "CloseReply",
    name: "closed",
    message: { "status": "200" },
    frames: [Buffer.from("323030", "hex")],
  },
  {
    type: "CloseReply",
    name: "invalid UUID",
    message: { "status": "400" },
    frames: [Buffer.from("343030", "hex")],
  },
  {
    type: "ReplyFound",
    name: "the echo service's reply",
    message: { "status": "200", "body": [Buffer.from("48656c6c6f", "hex")] },
    frames: [Buffer.from("323030", "hex"), Buffer.from("48656c6c6f", "hex")],
  },
  {
    type: "ReplyFound",
    name: "a reply of two frames, with status text",
    message: { "status": "200 OK", "body": [Buffer.from("61", "hex"), Buffer.from("00", "hex")] },
    frames: [Buffer.from("323030204f4b", "hex"), Buffer.from("61", "hex"), Buffer.from("00", "hex")],
  },
  {
    type: "ReplyQuery",
    name: "lower-case UUID",
    message: { "uuid": "0123456789abcdef0123456789abcdef" },
    frames: [Buffer.from("3031323334353637383961626364656630313233343536373839616263646566", "hex")],
  },
  {
    type: "ReplyStatus",
    name: "pending",
    message: { "status": "300" },
    frames: [Buffer.from("333030", "hex")],
  },
  {
    type: "ReplyStatus",
    name: "unknown, with status text",
    message: { "status": "400 Unknown" },
    frames: [Buffer.from("34303020556e6b6e6f776e", "hex")],
  },
  {
    type: "RequestAccepted",
    name: "stored, upper-case hex as the Guide emits",
    message: { "status": "200", "uuid": "0123456789ABCDEF0123456789ABCDEF" },
    frames: [Buffer.from("323030", "hex"), Buffer.from("3031323334353637383941424344454630313233343536373839414243444546", "hex")],
  },
  {
    type: "RequestAccepted",
    name: "stored, with status text",
    message: { "status": "200 OK", "uuid": "0123456789abcdef0123456789abcdef" },
    frames: [Buffer.from("323030204f4b", "hex"), Buffer.from("3031323334353637383961626364656630313233343536373839616263646566", "hex")],
  },
  {
    type: "RequestBody",
    name: "echo Hello, as in the RFC",
    message: { "service": "echo", "body": [Buffer.from("48656c6c6f", "hex")] },
    frames: [Buffer.from("6563686f", "hex"), Buffer.from("48656c6c6f", "hex")],
  },
  {
    type: "RequestBody",
    name: "two body frames, one binary",
    message: { "service": "db.query", "body": [Buffer.from("", "hex"), Buffer.from("00ff", "hex")] },
    frames: [Buffer.from("64622e7175657279", "hex"), Buffer.from("", "hex"), Buffer.from("00ff", "hex")],
  },
  {
    type: "RequestRefused",
    name: "store full",
    message: { "status": "500" },
    frames: [Buffer.from("353030", "hex")],
  },
  {
    type: "RequestRefused",
    name: "malformed request, with status text",
    message: { "status": "400 no request body" },
    frames: [Buffer.from("343030206e6f207265717565737420626f6479", "hex")],
  },
]
