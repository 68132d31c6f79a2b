import type { DecodeResult } from "../../../codec"
import { UsageError } from "../../../errors"
import * as v1 from "../../../generated/mdp-0.1"
import * as v2 from "../../../generated/mdp-0.2"
import type { BrokerFault } from "./faults"
import type { MmiStatus } from "./mmi"

/** The MDP versions the reference broker serves, exactly one per bind. */
export const brokerProtocols = ["mdp/0.1", "mdp/0.2"] as const

export type MdpBrokerProtocol = (typeof brokerProtocols)[number]

/**
 * A worker's answer to a REQUEST, whatever its version calls it. 7/MDP has
 * one REPLY, which ends the request. 18/MDP has zero or more PARTIAL, which
 * do not, then one FINAL, which does (MDP2-38).
 */
export interface WorkerAnswer {
  readonly command: "ANSWER"
  /** The command as it came on the wire, for logs. */
  readonly name: "REPLY" | "PARTIAL" | "FINAL"
  /** The last answer: the request is done and the worker idle again. */
  readonly final: boolean
  readonly client: Buffer
  readonly body: Buffer[]
}

type VersionAnswer = v1.WorkerReply | v2.WorkerPartial | v2.WorkerFinal

/**
 * A message at the broker in version-neutral terms. Everything but the
 * answers has the same shape in both versions (REQUEST, READY, HEARTBEAT,
 * DISCONNECT); only the frames differ, and those stay in the dialect.
 */
export type BrokerMessage =
  Exclude<v1.AtBroker | v2.AtBroker, VersionAnswer> | WorkerAnswer

/**
 * Everything the broker does differently per MDP version: framing in both
 * directions and the kind of a worker's answer. Queues, heartbeats, expiry,
 * MMI and the handling of unexpected or invalid input are shared (§8 of the
 * digest: "unchanged: broker ROUTER rules, service queueing and expiry,
 * READY/DISCONNECT life cycle, all heartbeating rules").
 */
export interface BrokerDialect {
  readonly protocol: MdpBrokerProtocol
  /** Frames after the sender's identity, decoded. Never throws. */
  decode(frames: readonly Buffer[]): DecodeResult<BrokerMessage>
  /** REQUEST to a worker: client address, empty frame, body. */
  request(client: Buffer, body: Buffer[]): Buffer[]
  heartbeat(): Buffer[]
  disconnect(): Buffer[]
  /**
   * A worker answer as the client gets it: REPLY, or PARTIAL / FINAL. The
   * service comes as the frame the broker keeps per worker, not as text to
   * encode again for every answer.
   */
  answer(service: Buffer, body: Buffer[], final: boolean): Buffer[]
  /** 8/MMI: an answer with the status as its one body frame (REPLY / FINAL). */
  mmi(service: string, status: MmiStatus): Buffer[]
  /** Whether worker commands start with an empty frame (MDP-21). */
  readonly leadingEmptyFrame: boolean
  /** Fault wrong-header: which client frame is the header, and what to put there. */
  readonly wrongHeader: { readonly frame: number; readonly value: string }
  /** Broker faults that make no sense in this version, with the reason. */
  readonly unsupportedFaults: Partial<Record<BrokerFault, string>>
}

function answer(
  name: WorkerAnswer["name"],
  final: boolean,
  m: { client: Buffer; body: Buffer[] },
): { ok: true; value: WorkerAnswer } {
  const { client, body } = m
  return { ok: true, value: { command: "ANSWER", name, final, client, body } }
}

/**
 * The hot messages (a REQUEST to a worker, an answer to a client) are laid
 * out here from their constant frames, taken once from the generated
 * encoders, so each message costs an array and no encoding: the same frames
 * the codec writes, which test/peers-mdp/broker-wire.test.ts checks on the
 * wire. The rest goes through the codec.
 */
const EMPTY = Buffer.alloc(0)
const v1Request = v1.encodeWorkerRequest({
  command: "REQUEST",
  client: EMPTY,
  body: [EMPTY],
})
const v1Reply = v1.encodeClientReply({
  command: "REPLY",
  service: "",
  body: [EMPTY],
})
const v2Request = v2.encodeWorkerRequest({
  command: "REQUEST",
  client: EMPTY,
  body: [EMPTY],
})
const v2Final = v2.encodeClientFinal({
  command: "FINAL",
  service: "",
  body: [EMPTY],
})
const v2Partial = v2.encodeClientPartial({
  command: "PARTIAL",
  service: "",
  body: [EMPTY],
})

/** frames, then every body frame: a push loop, cheaper than a spread. */
function withBody(frames: Buffer[], body: readonly Buffer[]): Buffer[] {
  for (let i = 0; i < body.length; i++) frames.push(body[i])
  return frames
}

const mdp01: BrokerDialect = {
  protocol: "mdp/0.1",
  decode(frames) {
    const r = v1.decodeAtBroker(frames)
    if (!r.ok) return r
    const m = r.value
    // 7/MDP: one REPLY per REQUEST, so every REPLY is final.
    if (m.command === "REPLY") return answer("REPLY", true, m)
    return { ok: true, value: m }
  },
  // MDP-16: [""]["MDPW01"][0x02][client][""][body].
  request: (client, body) =>
    withBody([v1Request[0], v1Request[1], v1Request[2], client, EMPTY], body),
  heartbeat: () => v1.encodeWorkerHeartbeat({ command: "HEARTBEAT" }),
  disconnect: () => v1.encodeWorkerDisconnect({ command: "DISCONNECT" }),
  // MDP-7: [""]["MDPC01"][service][body]; there is nothing but final.
  answer: (service, body) => withBody([v1Reply[0], v1Reply[1], service], body),
  mmi: (service, status) =>
    v1.encodeClientReply({ command: "REPLY", service, body: [code(status)] }),
  leadingEmptyFrame: true,
  wrongHeader: { frame: 1, value: "MDPC02" },
  unsupportedFaults: {},
}

const mdp02: BrokerDialect = {
  protocol: "mdp/0.2",
  decode(frames) {
    const r = v2.decodeAtBroker(frames)
    if (!r.ok) return r
    const m = r.value
    // MDP2-38: zero or more PARTIAL, then exactly one FINAL.
    if (m.command === "PARTIAL") return answer("PARTIAL", false, m)
    if (m.command === "FINAL") return answer("FINAL", true, m)
    return { ok: true, value: m }
  },
  // MDP2-18: ["MDPW02"][0x02][client][""][body].
  request: (client, body) =>
    withBody([v2Request[0], v2Request[1], client, EMPTY], body),
  heartbeat: () => v2.encodeWorkerHeartbeat({ command: "HEARTBEAT" }),
  disconnect: () => v2.encodeWorkerDisconnect({ command: "DISCONNECT" }),
  // MDP2-41: each worker PARTIAL becomes a client PARTIAL (MDP2-7), the
  // FINAL a client FINAL (MDP2-8).
  answer: (service, body, final) => {
    const [header, command] = final ? v2Final : v2Partial
    return withBody([header, command, service], body)
  },
  // 8/MMI names only 7/MDP; over 18/MDP the answer is one FINAL (§3.4).
  mmi: (service, status) =>
    v2.encodeClientFinal({ command: "FINAL", service, body: [code(status)] }),
  leadingEmptyFrame: false,
  wrongHeader: { frame: 0, value: "MDPC03" },
  unsupportedFaults: {
    "drop-empty-frame":
      "it is mdp/0.1 only; 18/MDP commands have no leading empty frame to drop",
  },
}

function code(status: MmiStatus): Buffer {
  return Buffer.from(status)
}

const dialects: Record<MdpBrokerProtocol, BrokerDialect> = {
  "mdp/0.1": mdp01,
  "mdp/0.2": mdp02,
}

/**
 * The dialect of a protocol version, after checking that every requested
 * fault applies to it; throws UsageError otherwise.
 */
export function brokerDialect(
  protocol: MdpBrokerProtocol,
  faults: Iterable<BrokerFault> = [],
): BrokerDialect {
  const dialect = dialects[protocol]
  if (!dialect) throw new UsageError(`unknown broker protocol "${protocol}"`)
  for (const fault of faults) {
    const why = dialect.unsupportedFaults[fault]
    if (why) {
      throw new UsageError(
        `broker fault "${fault}" does not apply to ${protocol}: ${why}`,
      )
    }
  }
  return dialect
}
