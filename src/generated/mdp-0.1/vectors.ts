/*
 * GENERATED from specs/*.yaml and schemas/mdp-0.1/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (7/MDP Majordomo Protocol 0.1: vectors.ts)
 */
import type { GoldenVector } from "../../codec"

export const vectors: readonly GoldenVector[] = [
  {
    type: "ClientReply",
    name: "echo reply",
    message: { "command": "REPLY", "service": "echo", "body": [Buffer.from("68656c6c6f", "hex")] },
    frames: [Buffer.from("", "hex"), Buffer.from("4d4450433031", "hex"), Buffer.from("6563686f", "hex"), Buffer.from("68656c6c6f", "hex")],
  },
  {
    type: "ClientRequest",
    name: "echo request with one body frame",
    message: { "command": "REQUEST", "service": "echo", "body": [Buffer.from("68656c6c6f", "hex")] },
    frames: [Buffer.from("", "hex"), Buffer.from("4d4450433031", "hex"), Buffer.from("6563686f", "hex"), Buffer.from("68656c6c6f", "hex")],
  },
  {
    type: "ClientRequest",
    name: "request with an empty and a binary body frame",
    message: { "command": "REQUEST", "service": "db.query", "body": [Buffer.from("", "hex"), Buffer.from("00ff10", "hex")] },
    frames: [Buffer.from("", "hex"), Buffer.from("4d4450433031", "hex"), Buffer.from("64622e7175657279", "hex"), Buffer.from("", "hex"), Buffer.from("00ff10", "hex")],
  },
  {
    type: "MmiNotImplemented",
    name: "mmi.frobnicate is not implemented",
    message: { "command": "REPLY", "service": "mmi.frobnicate", "status": "501" },
    frames: [Buffer.from("", "hex"), Buffer.from("4d4450433031", "hex"), Buffer.from("6d6d692e66726f626e6963617465", "hex"), Buffer.from("353031", "hex")],
  },
  {
    type: "MmiServiceReply",
    name: "echo is served",
    message: { "command": "REPLY", "service": "mmi.service", "status": "200" },
    frames: [Buffer.from("", "hex"), Buffer.from("4d4450433031", "hex"), Buffer.from("6d6d692e73657276696365", "hex"), Buffer.from("323030", "hex")],
  },
  {
    type: "MmiServiceReply",
    name: "echo is not served",
    message: { "command": "REPLY", "service": "mmi.service", "status": "404" },
    frames: [Buffer.from("", "hex"), Buffer.from("4d4450433031", "hex"), Buffer.from("6d6d692e73657276696365", "hex"), Buffer.from("343034", "hex")],
  },
  {
    type: "MmiServiceRequest",
    name: "is echo served?",
    message: { "command": "REQUEST", "service": "mmi.service", "name": "echo" },
    frames: [Buffer.from("", "hex"), Buffer.from("4d4450433031", "hex"), Buffer.from("6d6d692e73657276696365", "hex"), Buffer.from("6563686f", "hex")],
  },
  {
    type: "WorkerDisconnect",
    name: "disconnect",
    message: { "command": "DISCONNECT" },
    frames: [Buffer.from("", "hex"), Buffer.from("4d4450573031", "hex"), Buffer.from("05", "hex")],
  },
  {
    type: "WorkerHeartbeat",
    name: "heartbeat",
    message: { "command": "HEARTBEAT" },
    frames: [Buffer.from("", "hex"), Buffer.from("4d4450573031", "hex"), Buffer.from("04", "hex")],
  },
  {
    type: "WorkerReady",
    name: "ready for echo",
    message: { "command": "READY", "service": "echo" },
    frames: [Buffer.from("", "hex"), Buffer.from("4d4450573031", "hex"), Buffer.from("01", "hex"), Buffer.from("6563686f", "hex")],
  },
  {
    type: "WorkerReply",
    name: "reply to client 0x00a1b2c3d4 with two frames",
    message: { "command": "REPLY", "client": Buffer.from("00a1b2c3d4", "hex"), "body": [Buffer.from("706172742031", "hex"), Buffer.from("706172742032", "hex")] },
    frames: [Buffer.from("", "hex"), Buffer.from("4d4450573031", "hex"), Buffer.from("03", "hex"), Buffer.from("00a1b2c3d4", "hex"), Buffer.from("", "hex"), Buffer.from("706172742031", "hex"), Buffer.from("706172742032", "hex")],
  },
  {
    type: "WorkerRequest",
    name: "request for client 0x00a1b2c3d4",
    message: { "command": "REQUEST", "client": Buffer.from("00a1b2c3d4", "hex"), "body": [Buffer.from("68656c6c6f", "hex")] },
    frames: [Buffer.from("", "hex"), Buffer.from("4d4450573031", "hex"), Buffer.from("02", "hex"), Buffer.from("00a1b2c3d4", "hex"), Buffer.from("", "hex"), Buffer.from("68656c6c6f", "hex")],
  },
]
