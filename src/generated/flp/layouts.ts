/*
 * GENERATED from specs/*.yaml and schemas/flp/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (10/FLP Freelance Protocol: layouts.ts)
 */
import type { MessageLayout } from "../../codec"

/** 10/FLP ping, client to server: exactly one frame holding "PING". A message of two or more frames is a request, whatever its first frame holds. */
export const ClientPing: MessageLayout = {
  title: "ClientPing",
  rule: "FLP-1",
  consts: {"command":"PING"},
  frames: [
    { name: "command", rule: "FLP-1", literal: Buffer.from("50494e47", "hex") },
  ],
}

/** 10/FLP request, client to server: the Client Control Frame (CCF, opaque to the server, e.g. a sequence number) then one or more body frames. Two or more frames in all. */
export const ClientRequest: MessageLayout = {
  title: "ClientRequest",
  rule: "FLP-3",
  consts: {"command":"REQUEST"},
  frames: [
    { name: "ccf", rule: "FLP-3", field: "ccf", as: "bytes" },
    { name: "body", rule: "FLP-3", field: "body", as: "bytes", repeat: true },
  ],
}

/** 10/FLP pong, server to client, the answer to a ping: one frame holding "PONG" (the RFC says a message containing it; the Guide's servers send that one frame). */
export const ServerPong: MessageLayout = {
  title: "ServerPong",
  rule: "FLP-2",
  consts: {"command":"PONG"},
  frames: [
    { name: "command", rule: "FLP-2", literal: Buffer.from("504f4e47", "hex") },
  ],
}

/** 10/FLP reply, server to client: the request's CCF, unchanged, then one or more frames of reply body. */
export const ServerReply: MessageLayout = {
  title: "ServerReply",
  rule: "FLP-4",
  consts: {"command":"REPLY"},
  frames: [
    { name: "ccf", rule: "FLP-4", field: "ccf", as: "bytes" },
    { name: "body", rule: "FLP-4", field: "body", as: "bytes", repeat: true },
  ],
}
