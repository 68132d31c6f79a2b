import type { DecodeResult } from "../../../codec"
import * as v1 from "../../../generated/mdp-0.1"
import * as v2 from "../../../generated/mdp-0.2"
import { type ClientFault, clientFaults } from "./faults"
import { faultRules, forProtocol, type MdpProtocol } from "./protocol"

/**
 * A broker answer at the client in version-neutral terms: 7/MDP's one
 * REPLY, or one of 18/MDP's PARTIALs and its FINAL.
 */
export interface ClientAnswer {
  /** The command as it came on the wire, for logs. */
  readonly name: "REPLY" | "PARTIAL" | "FINAL"
  /** The last answer to the request. */
  readonly final: boolean
  readonly service: string
  readonly body: Buffer[]
}

/**
 * Everything the synchronous client does differently per MDP version. The
 * Lazy Pirate retries and the checks on answers are shared.
 */
export interface ClientDialect {
  readonly protocol: MdpProtocol
  /** REQUEST as it goes on the wire, frame 0 included (MDP-6, MDP2-6). */
  request(service: string, body: Buffer[]): Buffer[]
  /** An answer as it came on the wire. Never throws. */
  decode(frames: readonly Buffer[]): DecodeResult<ClientAnswer>
  /**
   * Whether answers stream: 18/MDP needs a DEALER (MDP2-10) that reads
   * PARTIALs until the FINAL (MDP2-11). 7/MDP uses REQ, one REPLY (MDP-9).
   */
  readonly partials: boolean
  /** The rule an answer for another service breaks. */
  readonly serviceRule: string
  /** Fault wrong-header: which REQUEST frame is the header, and what to put there. */
  readonly wrongHeader: { readonly frame: number; readonly value: string }
  /** What each fault breaks in this version (help text). */
  readonly faultRules: Readonly<Record<ClientFault, readonly string[]>>
}

type Decoded = { ok: true; value: ClientAnswer }

function answer(m: v1.ToClient | v2.ToClient, final: boolean): Decoded {
  const { command: name, service, body } = m
  return { ok: true, value: { name, final, service, body } }
}

const mdp01: ClientDialect = {
  protocol: "mdp/0.1",
  request: (service, body) =>
    v1.encodeClientRequest({ command: "REQUEST", service, body }),
  decode(frames) {
    const r = v1.decodeToClient(frames)
    return r.ok ? answer(r.value, true) : r
  },
  partials: false,
  serviceRule: "MDP-7",
  wrongHeader: { frame: 1, value: "MDPC02" },
  faultRules: faultRules(clientFaults, "mdp/0.1"),
}

const mdp02: ClientDialect = {
  protocol: "mdp/0.2",
  request: (service, body) =>
    v2.encodeClientRequest({ command: "REQUEST", service, body }),
  decode(frames) {
    const r = v2.decodeToClient(frames)
    // MDP2-9: zero or more PARTIAL, then exactly one FINAL.
    return r.ok ? answer(r.value, r.value.command === "FINAL") : r
  },
  partials: true,
  serviceRule: "MDP2-8",
  wrongHeader: { frame: 0, value: "MDPC03" },
  faultRules: faultRules(clientFaults, "mdp/0.2"),
}

const dialects: Record<MdpProtocol, ClientDialect> = {
  "mdp/0.1": mdp01,
  "mdp/0.2": mdp02,
}

/** The client dialect of a version; UsageError for an unknown one. */
export function clientDialect(protocol: MdpProtocol): ClientDialect {
  return forProtocol(dialects, protocol, "client")
}
