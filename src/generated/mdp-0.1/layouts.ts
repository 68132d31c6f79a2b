/*
 * GENERATED from specs/*.yaml and schemas/mdp-0.1/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (7/MDP Majordomo Protocol 0.1: layouts.ts)
 */
import type { MessageLayout } from "../../codec"

/** MDP/Client REPLY, broker to client: an empty frame, the MDPC01 header, the service name, then one or more body frames from the worker's REPLY (7/MDP 'MDP/Client Commands'). */
export const ClientReply: MessageLayout = {
  title: "ClientReply",
  rule: "MDP-7",
  consts: {"command":"REPLY"},
  frames: [
    { name: "empty", rule: "MDP-7", literal: Buffer.from("", "hex") },
    { name: "header", rule: "MDP-22", literal: Buffer.from("4d4450433031", "hex") },
    { name: "service", rule: "MDP-7", field: "service", as: "text" },
    { name: "body", rule: "MDP-7", field: "body", as: "bytes", repeat: true },
  ],
}

/** MDP/Client REQUEST, client to broker: an empty frame, the MDPC01 header, the service name, then one or more opaque body frames (7/MDP 'MDP/Client Commands'). */
export const ClientRequest: MessageLayout = {
  title: "ClientRequest",
  rule: "MDP-6",
  consts: {"command":"REQUEST"},
  frames: [
    { name: "empty", rule: "MDP-6", literal: Buffer.from("", "hex") },
    { name: "header", rule: "MDP-22", literal: Buffer.from("4d4450433031", "hex") },
    { name: "service", rule: "MDP-13", field: "service", as: "text" },
    { name: "body", rule: "MDP-6", field: "body", as: "bytes", repeat: true },
  ],
}

/** 8/MMI answer to any unimplemented service in the 'mmi.' namespace: an ordinary MDP/Client REPLY whose one body frame is '501'. */
export const MmiNotImplemented: MessageLayout = {
  title: "MmiNotImplemented",
  rule: "MMI-7",
  consts: {"command":"REPLY","status":"501"},
  frames: [
    { name: "empty", rule: "MDP-7", literal: Buffer.from("", "hex") },
    { name: "header", rule: "MDP-22", literal: Buffer.from("4d4450433031", "hex") },
    { name: "service", rule: "MMI-7", field: "service", as: "text" },
    { name: "status", rule: "MMI-7", literal: Buffer.from("353031", "hex") },
  ],
}

/** 8/MMI mmi.service answer: an ordinary MDP/Client REPLY whose one body frame is '200' (a worker is registered for the service) or '404' (none is). */
export const MmiServiceReply: MessageLayout = {
  title: "MmiServiceReply",
  rule: "MMI-5",
  consts: {"command":"REPLY","service":"mmi.service"},
  frames: [
    { name: "empty", rule: "MDP-7", literal: Buffer.from("", "hex") },
    { name: "header", rule: "MDP-22", literal: Buffer.from("4d4450433031", "hex") },
    { name: "service", rule: "MMI-8", literal: Buffer.from("6d6d692e73657276696365", "hex") },
    { name: "status", rule: "MMI-5", field: "status", as: "text" },
  ],
}

/** 8/MMI mmi.service query: an ordinary MDP/Client REQUEST to service 'mmi.service' whose one body frame names the service to look up. */
export const MmiServiceRequest: MessageLayout = {
  title: "MmiServiceRequest",
  rule: "MMI-4",
  consts: {"command":"REQUEST","service":"mmi.service"},
  frames: [
    { name: "empty", rule: "MDP-6", literal: Buffer.from("", "hex") },
    { name: "header", rule: "MDP-22", literal: Buffer.from("4d4450433031", "hex") },
    { name: "service", rule: "MMI-8", literal: Buffer.from("6d6d692e73657276696365", "hex") },
    { name: "looked-up service", rule: "MMI-8", field: "name", as: "text" },
  ],
}

/** MDP/Worker DISCONNECT, either direction: exactly 3 frames. Ends the logical connection (7/MDP 'MDP/Worker Commands'). */
export const WorkerDisconnect: MessageLayout = {
  title: "WorkerDisconnect",
  rule: "MDP-20",
  consts: {"command":"DISCONNECT"},
  frames: [
    { name: "empty", rule: "MDP-21", literal: Buffer.from("", "hex") },
    { name: "header", rule: "MDP-22", literal: Buffer.from("4d4450573031", "hex") },
    { name: "command", rule: "MDP-20", literal: Buffer.from("05", "hex") },
  ],
}

/** MDP/Worker HEARTBEAT, either direction: exactly 3 frames. Valid only after READY (7/MDP 'Heartbeating'). */
export const WorkerHeartbeat: MessageLayout = {
  title: "WorkerHeartbeat",
  rule: "MDP-19",
  consts: {"command":"HEARTBEAT"},
  frames: [
    { name: "empty", rule: "MDP-21", literal: Buffer.from("", "hex") },
    { name: "header", rule: "MDP-22", literal: Buffer.from("4d4450573031", "hex") },
    { name: "command", rule: "MDP-19", literal: Buffer.from("04", "hex") },
  ],
}

/** MDP/Worker READY, worker to broker: opens the logical connection and names the one service the worker offers. Exactly 4 frames (7/MDP 'MDP/Worker Commands'). */
export const WorkerReady: MessageLayout = {
  title: "WorkerReady",
  rule: "MDP-16",
  consts: {"command":"READY"},
  frames: [
    { name: "empty", rule: "MDP-21", literal: Buffer.from("", "hex") },
    { name: "header", rule: "MDP-22", literal: Buffer.from("4d4450573031", "hex") },
    { name: "command", rule: "MDP-16", literal: Buffer.from("01", "hex") },
    { name: "service", rule: "MDP-16", field: "service", as: "text" },
  ],
}

/** MDP/Worker REPLY, worker to broker: the client address copied from the REQUEST, an empty frame, then the reply body. 6 or more frames (7/MDP 'MDP/Worker Commands'). */
export const WorkerReply: MessageLayout = {
  title: "WorkerReply",
  rule: "MDP-18",
  consts: {"command":"REPLY"},
  frames: [
    { name: "empty", rule: "MDP-21", literal: Buffer.from("", "hex") },
    { name: "header", rule: "MDP-22", literal: Buffer.from("4d4450573031", "hex") },
    { name: "command", rule: "MDP-18", literal: Buffer.from("03", "hex") },
    { name: "client address", rule: "MDP-37", field: "client", as: "bytes" },
    { name: "address delimiter", rule: "MDP-38", literal: Buffer.from("", "hex") },
    { name: "body", rule: "MDP-18", field: "body", as: "bytes", repeat: true },
  ],
}

/** MDP/Worker REQUEST, broker to worker: the client address the broker saw, an empty frame, then the client's body frames. 6 or more frames (7/MDP 'MDP/Worker Commands'). */
export const WorkerRequest: MessageLayout = {
  title: "WorkerRequest",
  rule: "MDP-17",
  consts: {"command":"REQUEST"},
  frames: [
    { name: "empty", rule: "MDP-21", literal: Buffer.from("", "hex") },
    { name: "header", rule: "MDP-22", literal: Buffer.from("4d4450573031", "hex") },
    { name: "command", rule: "MDP-17", literal: Buffer.from("02", "hex") },
    { name: "client address", rule: "MDP-37", field: "client", as: "bytes" },
    { name: "address delimiter", rule: "MDP-38", literal: Buffer.from("", "hex") },
    { name: "body", rule: "MDP-17", field: "body", as: "bytes", repeat: true },
  ],
}
