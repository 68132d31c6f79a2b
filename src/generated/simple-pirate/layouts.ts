/*
 * GENERATED from specs/*.yaml and schemas/simple-pirate/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Simple Pirate (queue of REQ workers, Guide pattern): layouts.ts)
 */
import type { MessageLayout } from "../../codec"

/** Simple Pirate reply to a client, as a DEALER in the client's place sees it: the empty delimiter, then the worker's reply frames, with [ID(w)][""] and the client's identity stripped (SPP-10). */
export const ClientReply: MessageLayout = {
  title: "ClientReply",
  rule: "SPP-10",
  consts: {"command":"REPLY"},
  frames: [
    { name: "delimiter", rule: "SPP-10", literal: Buffer.from("", "hex") },
    { name: "body", rule: "SPP-10", field: "body", as: "bytes", repeat: true },
  ],
}

/** Simple Pirate client request, as the frontend ROUTER sees it after the client's identity: the Lazy Pirate client's REQ delimiter, then its request frames (SPP-2). */
export const ClientRequest: MessageLayout = {
  title: "ClientRequest",
  rule: "SPP-2",
  consts: {"command":"REQUEST"},
  frames: [
    { name: "delimiter", rule: "SPP-2", literal: Buffer.from("", "hex") },
    { name: "body", rule: "SPP-2", field: "body", as: "bytes", repeat: true },
  ],
}

/** Simple Pirate READY, worker to queue, as the backend ROUTER sees it after the worker's identity: the REQ worker's empty delimiter, then one frame holding the byte 0x01 (the C and Python workers; the C++ port's "READY" string is not accepted). */
export const WorkerReady: MessageLayout = {
  title: "WorkerReady",
  rule: "SPP-4",
  consts: {"command":"READY"},
  frames: [
    { name: "delimiter", rule: "SPP-3", literal: Buffer.from("", "hex") },
    { name: "command", rule: "SPP-4", literal: Buffer.from("01", "hex") },
  ],
}

/** Simple Pirate reply, worker to queue, as the backend ROUTER sees it after the worker's identity: the REQ worker's empty delimiter, the client envelope it received, unchanged, then the reply frames (SPP-5). */
export const WorkerReply: MessageLayout = {
  title: "WorkerReply",
  rule: "SPP-5",
  consts: {"command":"REPLY"},
  frames: [
    { name: "delimiter", rule: "SPP-3", literal: Buffer.from("", "hex") },
    { name: "client envelope", rule: "SPP-5", field: "client", as: "bytes", envelope: true },
    { name: "body", rule: "SPP-5", field: "body", as: "bytes", repeat: true },
  ],
}

/** Simple Pirate request, queue to worker, as a DEALER in the worker's place sees it: the empty delimiter the worker's REQ takes, the client envelope [ID(c)][""], then the client's body frames, all unchanged (SPP-9). */
export const WorkerRequest: MessageLayout = {
  title: "WorkerRequest",
  rule: "SPP-9",
  consts: {"command":"REQUEST"},
  frames: [
    { name: "delimiter", rule: "SPP-9", literal: Buffer.from("", "hex") },
    { name: "client envelope", rule: "SPP-9", field: "client", as: "bytes", envelope: true },
    { name: "body", rule: "SPP-9", field: "body", as: "bytes", repeat: true },
  ],
}
