import type { DecodeResult } from "../../../codec"
import * as v1 from "../../../generated/mdp-0.1"
import * as v2 from "../../../generated/mdp-0.2"
import { type WireProtocol, wireProtocol } from "../../../harness/malformed"

/** A worker or client answer: 0.1 has one REPLY; 0.2 has PARTIALs then one FINAL. */
export type Answer = "REPLY" | "PARTIAL" | "FINAL"

export type ToWorker =
  | { command: "REQUEST"; client: Buffer; body: Buffer[] }
  | { command: "HEARTBEAT" }
  | { command: "DISCONNECT" }
export type FromWorker =
  | { command: "READY"; service: string }
  | { command: Answer; client: Buffer; body: Buffer[] }
  | { command: "HEARTBEAT" }
  | { command: "DISCONNECT" }
export interface ToClient {
  command: Answer
  service: string
  body: Buffer[]
}
export interface FromClient {
  command: "REQUEST"
  service: string
  body: Buffer[]
}

export type RuleName =
  | "clientAddress"
  | "answerService"
  | "readyService"
  | "serviceMatch"
  | "synchronous"
  | "quietAfterDisconnect"
  | "readyFirst"
  | "secondReady"
  | "newSocket"
  | "heartbeat"
  | "oneAtATime"
  | "replyRouting"
  /** Every command carries the header so it can be validated (a definition). */
  | "validated"
  /** The broker SHOULD drop invalid messages: acting on one breaks this. */
  | "dropInvalid"

/**
 * What the suite's drivers need from one Majordomo version. Both versions
 * share every rule about who says what when; only the frames differ, and
 * those come from each version's generated codec.
 */
export interface MdpDialect {
  readonly protocol: string
  readonly headers: Readonly<Record<string, string>>
  /** The answer that ends a request. */
  readonly final: Answer
  /** Answers this version has. */
  readonly answers: readonly Answer[]
  ready(service: string): Buffer[]
  heartbeat(): Buffer[]
  disconnect(): Buffer[]
  answer(kind: Answer, client: Buffer, body: Buffer[]): Buffer[]
  request(service: string, body: Buffer[]): Buffer[]
  workerRequest(client: Buffer, body: Buffer[]): Buffer[]
  clientAnswer(kind: Answer, service: string, body: Buffer[]): Buffer[]
  decodeToWorker(frames: Buffer[]): DecodeResult<ToWorker>
  decodeFromWorker(frames: Buffer[]): DecodeResult<FromWorker>
  decodeToClient(frames: Buffer[]): DecodeResult<ToClient>
  decodeFromClient(frames: Buffer[]): DecodeResult<FromClient>
  /** Requirement IDs the drivers name themselves, for checks no scenario tag decides. */
  readonly rules: Readonly<Record<RuleName, string>>
  /** The generated layouts, golden vectors and decoders, for malformed messages. */
  readonly wire: WireProtocol
}

function wrongAnswer(protocol: string, kind: Answer): never {
  throw new Error(
    `${protocol} has no ${kind} (use ${protocol === "mdp/0.1" ? "REPLY" : "PARTIAL or FINAL"})`,
  )
}

const mdp01: MdpDialect = {
  protocol: "mdp/0.1",
  headers: v1.spec.headers,
  final: "REPLY",
  answers: ["REPLY"],
  rules: {
    clientAddress: "MDP-37",
    answerService: "MDP-7",
    readyService: "MDP-16",
    serviceMatch: "MDP-13",
    synchronous: "MDP-8",
    quietAfterDisconnect: "MDP-35",
    readyFirst: "MDP-24",
    secondReady: "MDP-27",
    newSocket: "MDP-36",
    heartbeat: "MDP-43",
    oneAtATime: "MDP-48",
    replyRouting: "MDP-39",
    validated: "MDP-22",
    dropInvalid: "MDP-34",
  },
  ready: service => v1.encodeWorkerReady({ command: "READY", service }),
  heartbeat: () => v1.encodeWorkerHeartbeat({ command: "HEARTBEAT" }),
  disconnect: () => v1.encodeWorkerDisconnect({ command: "DISCONNECT" }),
  answer: (kind, client, body) =>
    kind === "REPLY"
      ? v1.encodeWorkerReply({ command: "REPLY", client, body })
      : wrongAnswer("mdp/0.1", kind),
  request: (service, body) =>
    v1.encodeClientRequest({ command: "REQUEST", service, body }),
  workerRequest: (client, body) =>
    v1.encodeWorkerRequest({ command: "REQUEST", client, body }),
  clientAnswer: (kind, service, body) =>
    kind === "REPLY"
      ? v1.encodeClientReply({ command: "REPLY", service, body })
      : wrongAnswer("mdp/0.1", kind),
  decodeToWorker: v1.decodeToWorker,
  decodeFromWorker: v1.decodeFromWorker,
  decodeToClient: v1.decodeToClient,
  decodeFromClient: v1.decodeFromClient,
  wire: wireProtocol(v1),
}

const mdp02: MdpDialect = {
  protocol: "mdp/0.2",
  headers: v2.spec.headers,
  final: "FINAL",
  answers: ["PARTIAL", "FINAL"],
  rules: {
    clientAddress: "MDP2-39",
    answerService: "MDP2-8",
    readyService: "MDP2-17",
    serviceMatch: "MDP2-14",
    synchronous: "MDP2-9",
    quietAfterDisconnect: "MDP2-36",
    readyFirst: "MDP2-25",
    secondReady: "MDP2-28",
    newSocket: "MDP2-37",
    heartbeat: "MDP2-45",
    oneAtATime: "MDP2-50",
    replyRouting: "MDP2-41",
    validated: "MDP2-23",
    dropInvalid: "MDP2-35",
  },
  ready: service => v2.encodeWorkerReady({ command: "READY", service }),
  heartbeat: () => v2.encodeWorkerHeartbeat({ command: "HEARTBEAT" }),
  disconnect: () => v2.encodeWorkerDisconnect({ command: "DISCONNECT" }),
  answer: (kind, client, body) =>
    kind === "PARTIAL"
      ? v2.encodeWorkerPartial({ command: "PARTIAL", client, body })
      : kind === "FINAL"
        ? v2.encodeWorkerFinal({ command: "FINAL", client, body })
        : wrongAnswer("mdp/0.2", kind),
  request: (service, body) =>
    v2.encodeClientRequest({ command: "REQUEST", service, body }),
  workerRequest: (client, body) =>
    v2.encodeWorkerRequest({ command: "REQUEST", client, body }),
  clientAnswer: (kind, service, body) =>
    kind === "PARTIAL"
      ? v2.encodeClientPartial({ command: "PARTIAL", service, body })
      : kind === "FINAL"
        ? v2.encodeClientFinal({ command: "FINAL", service, body })
        : wrongAnswer("mdp/0.2", kind),
  decodeToWorker: v2.decodeToWorker,
  decodeFromWorker: v2.decodeFromWorker,
  decodeToClient: v2.decodeToClient,
  decodeFromClient: v2.decodeFromClient,
  wire: wireProtocol(v2),
}

const dialects: Record<string, MdpDialect> = {
  "mdp/0.1": mdp01,
  "mdp/0.2": mdp02,
}

export function dialectFor(protocol: string): MdpDialect {
  const d = dialects[protocol]
  if (!d) throw new Error(`no Majordomo dialect for ${protocol}`)
  return d
}
