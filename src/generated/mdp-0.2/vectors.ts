/*
 * GENERATED from specs/*.yaml and schemas/mdp-0.2/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (18/MDP Majordomo Protocol 0.2: vectors.ts)
 */
import type { GoldenVector } from "../../codec"

export const vectors: readonly GoldenVector[] = [
  {
    type: "ClientFinal",
    name: "echo final",
    message: { "command": "FINAL", "service": "echo", "body": [Buffer.from("68656c6c6f", "hex")] },
    frames: [Buffer.from("4d4450433032", "hex"), Buffer.from("03", "hex"), Buffer.from("6563686f", "hex"), Buffer.from("68656c6c6f", "hex")],
  },
  {
    type: "ClientFinal",
    name: "final with two body frames",
    message: { "command": "FINAL", "service": "echo", "body": [Buffer.from("706172742031", "hex"), Buffer.from("706172742032", "hex")] },
    frames: [Buffer.from("4d4450433032", "hex"), Buffer.from("03", "hex"), Buffer.from("6563686f", "hex"), Buffer.from("706172742031", "hex"), Buffer.from("706172742032", "hex")],
  },
  {
    type: "ClientPartial",
    name: "first part of an echo",
    message: { "command": "PARTIAL", "service": "echo", "body": [Buffer.from("68656c", "hex")] },
    frames: [Buffer.from("4d4450433032", "hex"), Buffer.from("02", "hex"), Buffer.from("6563686f", "hex"), Buffer.from("68656c", "hex")],
  },
  {
    type: "ClientPartial",
    name: "partial with three body frames",
    message: { "command": "PARTIAL", "service": "db.query", "body": [Buffer.from("726f772031", "hex"), Buffer.from("", "hex"), Buffer.from("00ff", "hex")] },
    frames: [Buffer.from("4d4450433032", "hex"), Buffer.from("02", "hex"), Buffer.from("64622e7175657279", "hex"), Buffer.from("726f772031", "hex"), Buffer.from("", "hex"), Buffer.from("00ff", "hex")],
  },
  {
    type: "ClientRequest",
    name: "echo request with one body frame",
    message: { "command": "REQUEST", "service": "echo", "body": [Buffer.from("68656c6c6f", "hex")] },
    frames: [Buffer.from("4d4450433032", "hex"), Buffer.from("01", "hex"), Buffer.from("6563686f", "hex"), Buffer.from("68656c6c6f", "hex")],
  },
  {
    type: "ClientRequest",
    name: "request with an empty and a binary body frame",
    message: { "command": "REQUEST", "service": "db.query", "body": [Buffer.from("", "hex"), Buffer.from("00ff10", "hex")] },
    frames: [Buffer.from("4d4450433032", "hex"), Buffer.from("01", "hex"), Buffer.from("64622e7175657279", "hex"), Buffer.from("", "hex"), Buffer.from("00ff10", "hex")],
  },
  {
    type: "MmiNotImplemented",
    name: "mmi.frobnicate is not implemented",
    message: { "command": "FINAL", "service": "mmi.frobnicate", "status": "501" },
    frames: [Buffer.from("4d4450433032", "hex"), Buffer.from("03", "hex"), Buffer.from("6d6d692e66726f626e6963617465", "hex"), Buffer.from("353031", "hex")],
  },
  {
    type: "MmiServiceReply",
    name: "echo is served",
    message: { "command": "FINAL", "service": "mmi.service", "status": "200" },
    frames: [Buffer.from("4d4450433032", "hex"), Buffer.from("03", "hex"), Buffer.from("6d6d692e73657276696365", "hex"), Buffer.from("323030", "hex")],
  },
  {
    type: "MmiServiceReply",
    name: "echo is not served",
    message: { "command": "FINAL", "service": "mmi.service", "status": "404" },
    frames: [Buffer.from("4d4450433032", "hex"), Buffer.from("03", "hex"), Buffer.from("6d6d692e73657276696365", "hex"), Buffer.from("343034", "hex")],
  },
  {
    type: "MmiServiceRequest",
    name: "is echo served?",
    message: { "command": "REQUEST", "service": "mmi.service", "name": "echo" },
    frames: [Buffer.from("4d4450433032", "hex"), Buffer.from("01", "hex"), Buffer.from("6d6d692e73657276696365", "hex"), Buffer.from("6563686f", "hex")],
  },
  {
    type: "WorkerDisconnect",
    name: "disconnect",
    message: { "command": "DISCONNECT" },
    frames: [Buffer.from("4d4450573032", "hex"), Buffer.from("06", "hex")],
  },
  {
    type: "WorkerFinal",
    name: "final to client 0x00a1b2c3d4",
    message: { "command": "FINAL", "client": Buffer.from("00a1b2c3d4", "hex"), "body": [Buffer.from("646f6e65", "hex")] },
    frames: [Buffer.from("4d4450573032", "hex"), Buffer.from("04", "hex"), Buffer.from("00a1b2c3d4", "hex"), Buffer.from("", "hex"), Buffer.from("646f6e65", "hex")],
  },
  {
    type: "WorkerFinal",
    name: "final with three body frames",
    message: { "command": "FINAL", "client": Buffer.from("6331", "hex"), "body": [Buffer.from("61", "hex"), Buffer.from("", "hex"), Buffer.from("ff", "hex")] },
    frames: [Buffer.from("4d4450573032", "hex"), Buffer.from("04", "hex"), Buffer.from("6331", "hex"), Buffer.from("", "hex"), Buffer.from("61", "hex"), Buffer.from("", "hex"), Buffer.from("ff", "hex")],
  },
  {
    type: "WorkerHeartbeat",
    name: "heartbeat",
    message: { "command": "HEARTBEAT" },
    frames: [Buffer.from("4d4450573032", "hex"), Buffer.from("05", "hex")],
  },
  {
    type: "WorkerPartial",
    name: "partial to client 0x00a1b2c3d4 with two frames",
    message: { "command": "PARTIAL", "client": Buffer.from("00a1b2c3d4", "hex"), "body": [Buffer.from("706172742031", "hex"), Buffer.from("706172742032", "hex")] },
    frames: [Buffer.from("4d4450573032", "hex"), Buffer.from("03", "hex"), Buffer.from("00a1b2c3d4", "hex"), Buffer.from("", "hex"), Buffer.from("706172742031", "hex"), Buffer.from("706172742032", "hex")],
  },
  {
    type: "WorkerReady",
    name: "ready for echo",
    message: { "command": "READY", "service": "echo" },
    frames: [Buffer.from("4d4450573032", "hex"), Buffer.from("01", "hex"), Buffer.from("6563686f", "hex")],
  },
  {
    type: "WorkerRequest",
    name: "request for client 0x00a1b2c3d4",
    message: { "command": "REQUEST", "client": Buffer.from("00a1b2c3d4", "hex"), "body": [Buffer.from("68656c6c6f", "hex")] },
    frames: [Buffer.from("4d4450573032", "hex"), Buffer.from("02", "hex"), Buffer.from("00a1b2c3d4", "hex"), Buffer.from("", "hex"), Buffer.from("68656c6c6f", "hex")],
  },
  {
    type: "WorkerRequest",
    name: "request with two body frames",
    message: { "command": "REQUEST", "client": Buffer.from("6331", "hex"), "body": [Buffer.from("", "hex"), Buffer.from("00ff10", "hex")] },
    frames: [Buffer.from("4d4450573032", "hex"), Buffer.from("02", "hex"), Buffer.from("6331", "hex"), Buffer.from("", "hex"), Buffer.from("", "hex"), Buffer.from("00ff10", "hex")],
  },
]
