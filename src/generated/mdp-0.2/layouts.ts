/*
 * GENERATED from specs/*.yaml and schemas/mdp-0.2/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (18/MDP Majordomo Protocol 0.2: layouts.ts)
 */
import type { MessageLayout } from "../../codec"

/** MDP/Client FINAL, broker to client: the MDPC02 header, command 0x03, the service name, then one or more body frames from the worker FINAL. Exactly one per request, and nothing follows it (18/MDP 'MDP/Client Commands'). */
export const ClientFinal: MessageLayout = {
  title: "ClientFinal",
  rule: "MDP2-8",
  consts: {"command":"FINAL"},
  frames: [
    { name: "header", rule: "MDP2-23", literal: Buffer.from("4d4450433032", "hex") },
    { name: "command", rule: "MDP2-8", literal: Buffer.from("03", "hex") },
    { name: "service", rule: "MDP2-8", field: "service", as: "text" },
    { name: "body", rule: "MDP2-8", field: "body", as: "bytes", repeat: true },
  ],
}

/** MDP/Client PARTIAL, broker to client: the MDPC02 header, command 0x02, the service name, then one or more body frames from a worker PARTIAL. Zero or more precede the FINAL (18/MDP 'MDP/Client Commands'). */
export const ClientPartial: MessageLayout = {
  title: "ClientPartial",
  rule: "MDP2-7",
  consts: {"command":"PARTIAL"},
  frames: [
    { name: "header", rule: "MDP2-23", literal: Buffer.from("4d4450433032", "hex") },
    { name: "command", rule: "MDP2-7", literal: Buffer.from("02", "hex") },
    { name: "service", rule: "MDP2-7", field: "service", as: "text" },
    { name: "body", rule: "MDP2-7", field: "body", as: "bytes", repeat: true },
  ],
}

/** MDP/Client REQUEST, client to broker: the MDPC02 header, command 0x01, the service name, then one or more opaque body frames; no leading empty frame (18/MDP 'MDP/Client Commands'). */
export const ClientRequest: MessageLayout = {
  title: "ClientRequest",
  rule: "MDP2-6",
  consts: {"command":"REQUEST"},
  frames: [
    { name: "header", rule: "MDP2-23", literal: Buffer.from("4d4450433032", "hex") },
    { name: "command", rule: "MDP2-6", literal: Buffer.from("01", "hex") },
    { name: "service", rule: "MDP2-14", field: "service", as: "text" },
    { name: "body", rule: "MDP2-6", field: "body", as: "bytes", repeat: true },
  ],
}

/** 8/MMI answer over 18/MDP to any unimplemented service in the 'mmi.' namespace: a client FINAL (0x03) whose one body frame is '501'. MMI names only 7/MDP; answering with a FINAL is inferred. */
export const MmiNotImplemented: MessageLayout = {
  title: "MmiNotImplemented",
  rule: "MMI-7",
  consts: {"command":"FINAL","status":"501"},
  frames: [
    { name: "header", rule: "MDP2-23", literal: Buffer.from("4d4450433032", "hex") },
    { name: "command", rule: "MDP2-8", literal: Buffer.from("03", "hex") },
    { name: "service", rule: "MMI-7", field: "service", as: "text" },
    { name: "status", rule: "MMI-7", literal: Buffer.from("353031", "hex") },
  ],
}

/** 8/MMI mmi.service answer over 18/MDP: a client FINAL (0x03), with no PARTIAL before it, whose one body frame is '200' (a worker is registered for the service) or '404' (none is). MMI names only 7/MDP; answering with a FINAL is inferred. */
export const MmiServiceReply: MessageLayout = {
  title: "MmiServiceReply",
  rule: "MMI-5",
  consts: {"command":"FINAL","service":"mmi.service"},
  frames: [
    { name: "header", rule: "MDP2-23", literal: Buffer.from("4d4450433032", "hex") },
    { name: "command", rule: "MDP2-8", literal: Buffer.from("03", "hex") },
    { name: "service", rule: "MMI-8", literal: Buffer.from("6d6d692e73657276696365", "hex") },
    { name: "status", rule: "MMI-5", field: "status", as: "text" },
  ],
}

/** 8/MMI mmi.service query over 18/MDP: an ordinary MDP/Client REQUEST (0x01) to service 'mmi.service' whose one body frame names the service to look up. MMI names only 7/MDP; its use over 0.2 is inferred. */
export const MmiServiceRequest: MessageLayout = {
  title: "MmiServiceRequest",
  rule: "MMI-4",
  consts: {"command":"REQUEST","service":"mmi.service"},
  frames: [
    { name: "header", rule: "MDP2-23", literal: Buffer.from("4d4450433032", "hex") },
    { name: "command", rule: "MDP2-6", literal: Buffer.from("01", "hex") },
    { name: "service", rule: "MMI-8", literal: Buffer.from("6d6d692e73657276696365", "hex") },
    { name: "looked-up service", rule: "MMI-8", field: "name", as: "text" },
  ],
}

/** MDP/Worker DISCONNECT, either direction: exactly 2 frames, command 0x06 (0x05 in 0.1). Ends the logical connection (18/MDP 'MDP/Worker Commands'). */
export const WorkerDisconnect: MessageLayout = {
  title: "WorkerDisconnect",
  rule: "MDP2-22",
  consts: {"command":"DISCONNECT"},
  frames: [
    { name: "header", rule: "MDP2-23", literal: Buffer.from("4d4450573032", "hex") },
    { name: "command", rule: "MDP2-22", literal: Buffer.from("06", "hex") },
  ],
}

/** MDP/Worker FINAL, worker to broker: the client address copied from the REQUEST, an empty frame, then the last part of the reply. 5 or more frames; exactly one per REQUEST, after which the worker is idle again (18/MDP 'MDP/Worker Commands'). */
export const WorkerFinal: MessageLayout = {
  title: "WorkerFinal",
  rule: "MDP2-20",
  consts: {"command":"FINAL"},
  frames: [
    { name: "header", rule: "MDP2-23", literal: Buffer.from("4d4450573032", "hex") },
    { name: "command", rule: "MDP2-20", literal: Buffer.from("04", "hex") },
    { name: "client address", rule: "MDP2-39", field: "client", as: "bytes" },
    { name: "address delimiter", rule: "MDP2-40", literal: Buffer.from("", "hex") },
    { name: "body", rule: "MDP2-20", field: "body", as: "bytes", repeat: true },
  ],
}

/** MDP/Worker HEARTBEAT, either direction: exactly 2 frames, command 0x05 (0x04 in 0.1). Valid only after READY (18/MDP 'Heartbeating'). */
export const WorkerHeartbeat: MessageLayout = {
  title: "WorkerHeartbeat",
  rule: "MDP2-21",
  consts: {"command":"HEARTBEAT"},
  frames: [
    { name: "header", rule: "MDP2-23", literal: Buffer.from("4d4450573032", "hex") },
    { name: "command", rule: "MDP2-21", literal: Buffer.from("05", "hex") },
  ],
}

/** MDP/Worker PARTIAL, worker to broker: the client address copied from the REQUEST, an empty frame, then part of the reply. 5 or more frames; zero or more precede the FINAL (18/MDP 'MDP/Worker Commands'). */
export const WorkerPartial: MessageLayout = {
  title: "WorkerPartial",
  rule: "MDP2-19",
  consts: {"command":"PARTIAL"},
  frames: [
    { name: "header", rule: "MDP2-23", literal: Buffer.from("4d4450573032", "hex") },
    { name: "command", rule: "MDP2-19", literal: Buffer.from("03", "hex") },
    { name: "client address", rule: "MDP2-39", field: "client", as: "bytes" },
    { name: "address delimiter", rule: "MDP2-40", literal: Buffer.from("", "hex") },
    { name: "body", rule: "MDP2-19", field: "body", as: "bytes", repeat: true },
  ],
}

/** MDP/Worker READY, worker to broker: opens the logical connection and names the one service the worker offers. Exactly 3 frames, no leading empty frame (18/MDP 'MDP/Worker Commands'). */
export const WorkerReady: MessageLayout = {
  title: "WorkerReady",
  rule: "MDP2-17",
  consts: {"command":"READY"},
  frames: [
    { name: "header", rule: "MDP2-23", literal: Buffer.from("4d4450573032", "hex") },
    { name: "command", rule: "MDP2-17", literal: Buffer.from("01", "hex") },
    { name: "service", rule: "MDP2-17", field: "service", as: "text" },
  ],
}

/** MDP/Worker REQUEST, broker to worker: the client address the broker saw, an empty frame, then the client's body frames. 5 or more frames (18/MDP 'MDP/Worker Commands'). */
export const WorkerRequest: MessageLayout = {
  title: "WorkerRequest",
  rule: "MDP2-18",
  consts: {"command":"REQUEST"},
  frames: [
    { name: "header", rule: "MDP2-23", literal: Buffer.from("4d4450573032", "hex") },
    { name: "command", rule: "MDP2-18", literal: Buffer.from("02", "hex") },
    { name: "client address", rule: "MDP2-39", field: "client", as: "bytes" },
    { name: "address delimiter", rule: "MDP2-40", literal: Buffer.from("", "hex") },
    { name: "body", rule: "MDP2-18", field: "body", as: "bytes", repeat: true },
  ],
}
