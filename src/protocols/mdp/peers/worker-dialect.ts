import type { DecodeResult } from "../../../codec"
import * as v1 from "../../../generated/mdp-0.1"
import * as v2 from "../../../generated/mdp-0.2"
import { type WorkerFault, workerFaults } from "./faults"
import { faultRules, forProtocol, type MdpProtocol } from "./protocol"

/**
 * A broker command at the worker. REQUEST, HEARTBEAT and DISCONNECT have the
 * same content in both versions; only their frames differ.
 */
export type ToWorker = v1.ToWorker | v2.ToWorker

/**
 * Everything the worker does differently per MDP version: frames in both
 * directions and whether a request may have several answers. Sessions,
 * heartbeating, reconnection and the faults are shared (digest §8:
 * "unchanged: … READY/DISCONNECT life cycle, all heartbeating rules").
 */
export interface WorkerDialect {
  readonly protocol: MdpProtocol
  /** Frames from the broker, decoded. Never throws. */
  decode(frames: readonly Buffer[]): DecodeResult<ToWorker>
  ready(service: string): Buffer[]
  heartbeat(): Buffer[]
  disconnect(): Buffer[]
  /**
   * One answer to a REQUEST: client address, empty frame, body. 7/MDP has
   * only REPLY, which is always final; 18/MDP has PARTIAL and FINAL.
   */
  answer(client: Buffer, body: Buffer[], final: boolean): Buffer[]
  /** Whether a request may get answers before its last one (PARTIAL). */
  readonly partials: boolean
  /** What each fault breaks in this version (help text). */
  readonly faultRules: Readonly<Record<WorkerFault, readonly string[]>>
}

const mdp01: WorkerDialect = {
  protocol: "mdp/0.1",
  decode: frames => v1.decodeToWorker(frames),
  ready: service => v1.encodeWorkerReady({ command: "READY", service }),
  heartbeat: () => v1.encodeWorkerHeartbeat({ command: "HEARTBEAT" }),
  disconnect: () => v1.encodeWorkerDisconnect({ command: "DISCONNECT" }),
  // MDP-18: one REPLY per REQUEST, so `final` is always true here.
  answer: (client, body) =>
    v1.encodeWorkerReply({ command: "REPLY", client, body }),
  partials: false,
  faultRules: faultRules(workerFaults, "mdp/0.1"),
}

const mdp02: WorkerDialect = {
  protocol: "mdp/0.2",
  decode: frames => v2.decodeToWorker(frames),
  ready: service => v2.encodeWorkerReady({ command: "READY", service }),
  heartbeat: () => v2.encodeWorkerHeartbeat({ command: "HEARTBEAT" }),
  disconnect: () => v2.encodeWorkerDisconnect({ command: "DISCONNECT" }),
  // MDP2-38: zero or more PARTIAL (MDP2-19), then exactly one FINAL (MDP2-20).
  answer: (client, body, final) =>
    final
      ? v2.encodeWorkerFinal({ command: "FINAL", client, body })
      : v2.encodeWorkerPartial({ command: "PARTIAL", client, body }),
  partials: true,
  faultRules: faultRules(workerFaults, "mdp/0.2"),
}

const dialects: Record<MdpProtocol, WorkerDialect> = {
  "mdp/0.1": mdp01,
  "mdp/0.2": mdp02,
}

/** The worker dialect of a version; UsageError for an unknown one. */
export function workerDialect(protocol: MdpProtocol): WorkerDialect {
  return forProtocol(dialects, protocol, "worker")
}
