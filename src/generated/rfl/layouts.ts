/*
 * GENERATED from specs/*.yaml and schemas/rfl/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Reliable Freelance (pyzmq seed dialect): layouts.ts)
 */
import type { MessageLayout } from "../../codec"

/** Reliable Freelance heartbeat reply, server to client: an empty frame, "HEARTBEAT" and the server id in UTF-8 (best: the endpoint string clients connect to, RFL-S16). */
export const HeartbeatReply: MessageLayout = {
  title: "HeartbeatReply",
  rule: "RFL-7",
  consts: {"command":"HEARTBEAT"},
  frames: [
    { name: "empty", rule: "RFL-2", literal: Buffer.from("", "hex") },
    { name: "command", rule: "RFL-8", literal: Buffer.from("484541525442454154", "hex") },
    { name: "server id", rule: "RFL-7", field: "serverId", as: "text" },
  ],
}

/** Reliable Freelance HEARTBEAT, client to server: exactly an empty frame and "HEARTBEAT". The client sends one to every server each interval (RFL-C7). */
export const Heartbeat: MessageLayout = {
  title: "Heartbeat",
  rule: "RFL-4",
  consts: {"command":"HEARTBEAT"},
  frames: [
    { name: "empty", rule: "RFL-2", literal: Buffer.from("", "hex") },
    { name: "command", rule: "RFL-8", literal: Buffer.from("484541525442454154", "hex") },
  ],
}

/** Reliable Freelance REQUEST, client to server: an empty frame, "REQUEST", the request id (UTF-8 text; a UUID4 string from the seed's client, the same for every attempt) and one or more payload frames. The request id is carried as bytes so that a RESPONSE can echo it byte for byte (RFL-10); whether it is UTF-8 and UUID-shaped is checked by the peers (RFL-9, RFL-C1, RFL-S12), not here. */
export const Request: MessageLayout = {
  title: "Request",
  rule: "RFL-3",
  consts: {"command":"REQUEST"},
  frames: [
    { name: "empty", rule: "RFL-2", literal: Buffer.from("", "hex") },
    { name: "command", rule: "RFL-8", literal: Buffer.from("52455155455354", "hex") },
    { name: "request id", rule: "RFL-3", field: "requestId", as: "bytes" },
    { name: "payload", rule: "RFL-3", field: "payload", as: "bytes", repeat: true },
  ],
}

/** Reliable Freelance RESPONSE with "ERROR", server to client: the request id byte for byte, then exactly one frame of UTF-8 text saying what went wrong (never raw exception text, RFL-S19). */
export const ResponseError: MessageLayout = {
  title: "ResponseError",
  rule: "RFL-6",
  consts: {"command":"RESPONSE","status":"ERROR"},
  frames: [
    { name: "empty", rule: "RFL-2", literal: Buffer.from("", "hex") },
    { name: "command", rule: "RFL-8", literal: Buffer.from("524553504f4e5345", "hex") },
    { name: "request id", rule: "RFL-10", field: "requestId", as: "bytes" },
    { name: "status", rule: "RFL-8", literal: Buffer.from("4552524f52", "hex") },
    { name: "message", rule: "RFL-6", field: "message", as: "text" },
  ],
}

/** Reliable Freelance RESPONSE with "OK" and no result frame, server to client: the seed allows a result of zero frames (RFL-5). A layout of its own because a repeated field holds one or more frames. */
export const ResponseOkEmpty: MessageLayout = {
  title: "ResponseOkEmpty",
  rule: "RFL-5",
  consts: {"command":"RESPONSE","status":"OK"},
  frames: [
    { name: "empty", rule: "RFL-2", literal: Buffer.from("", "hex") },
    { name: "command", rule: "RFL-8", literal: Buffer.from("524553504f4e5345", "hex") },
    { name: "request id", rule: "RFL-10", field: "requestId", as: "bytes" },
    { name: "status", rule: "RFL-8", literal: Buffer.from("4f4b", "hex") },
  ],
}

/** Reliable Freelance RESPONSE with "OK" and one or more result frames, server to client: the request id byte for byte, then the result (by default an echo of the payload). An OK with no result frame is ResponseOkEmpty. */
export const ResponseOk: MessageLayout = {
  title: "ResponseOk",
  rule: "RFL-5",
  consts: {"command":"RESPONSE","status":"OK"},
  frames: [
    { name: "empty", rule: "RFL-2", literal: Buffer.from("", "hex") },
    { name: "command", rule: "RFL-8", literal: Buffer.from("524553504f4e5345", "hex") },
    { name: "request id", rule: "RFL-10", field: "requestId", as: "bytes" },
    { name: "status", rule: "RFL-8", literal: Buffer.from("4f4b", "hex") },
    { name: "result", rule: "RFL-5", field: "result", as: "bytes", repeat: true },
  ],
}
