/*
 * GENERATED from specs/*.yaml and schemas/bstar/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Binary Star primary/backup pair: layouts.ts)
 */
import type { MessageLayout } from "../../codec"

/** A client request as the frontend ROUTER reads it after the routing id: the REQ socket's empty delimiter, then the request (digest §12.2: the Guide's client sends one frame, its sequence number in decimal). The same bytes go again to the other server after a timeout (BSTAR-27). */
export const ClientRequest: MessageLayout = {
  title: "ClientRequest",
  rule: "BSTAR-27",
  consts: {"command":"REQUEST"},
  frames: [
    { name: "empty", rule: "BSTAR-27", literal: Buffer.from("", "hex") },
    { name: "body", rule: "BSTAR-27", field: "body", as: "bytes", repeat: true },
  ],
}

/** Binary Star state message, statepub PUB to the peer's statesub SUB: one frame holding the sender's own state in ASCII decimal, no terminator (digest §12.2). Published every heartbeat (BSTAR-4); the receiver applies it as the PEER_* event with the same value. */
export const PeerState: MessageLayout = {
  title: "PeerState",
  rule: "BSTAR-3",
  consts: {},
  frames: [
    { name: "state", rule: "BSTAR-3", field: "state", as: "text" },
  ],
}

/** The active server's answer, frontend ROUTER to the client, after the routing id: the empty delimiter, then the reply. The Guide's server echoes the request (digest §12.2); only an accepted request gets one (BSTAR-14, BSTAR-20). */
export const ServerReply: MessageLayout = {
  title: "ServerReply",
  rule: "BSTAR-14",
  consts: {"command":"REPLY"},
  frames: [
    { name: "empty", rule: "BSTAR-14", literal: Buffer.from("", "hex") },
    { name: "body", rule: "BSTAR-14", field: "body", as: "bytes", repeat: true },
  ],
}
