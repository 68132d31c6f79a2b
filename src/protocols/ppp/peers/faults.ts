import type { FaultInfo } from "../../../harness/module"

/**
 * Fault switches of the reference PPP peers: each makes the peer break
 * exactly the requirements it lists (shared/protocols.md §1.4), so the
 * suite can prove it notices. The names are a contract with the suite and
 * with `marque ppp queue|worker --fault`.
 */
export const queueFaults = {
  "no-heartbeat": {
    violates: ["PPP-9"],
    description: "never send HEARTBEAT to workers",
  },
  "idle-heartbeat-only": {
    // The Guide's ppqueue: its busy workers hear nothing until the reply.
    violates: ["PPP-9"],
    description:
      "send HEARTBEAT to idle workers only, as the Guide's ppqueue does; a busy worker hears nothing",
  },
  "heartbeat-as-text": {
    violates: ["PPP-3"],
    description:
      'send the string "HEARTBEAT" instead of the byte 0x02, as the Guide\'s C++ port does',
  },
  "drop-delimiter": {
    violates: ["PPP-4"],
    description:
      "send REQUEST without the empty frame that closes the address stack",
  },
  "double-dispatch": {
    violates: ["PPP-7"],
    description:
      "hand requests to busy workers too: a second REQUEST before the REPLY",
  },
  "ignore-expiry": {
    violates: ["PPP-13"],
    description:
      "never purge silent workers: they keep getting HEARTBEAT and requests",
  },
  "misroute-reply": {
    violates: ["LPC-17"],
    description:
      "send every REPLY to the client of the latest request, not to the client its address stack names",
  },
  "no-requeue": {
    // The Guide's ppqueue: the client's resend is the only recovery.
    violates: ["PPP-16"],
    description:
      "drop the request a dead worker held instead of resending it to another worker",
  },
} as const satisfies Record<string, FaultInfo>

export type QueueFault = keyof typeof queueFaults

export const workerFaults = {
  "no-heartbeat": {
    violates: ["PPP-8"],
    description: "never send HEARTBEAT to the queue",
  },
  "ready-as-text": {
    violates: ["PPP-2"],
    description:
      'send the string "READY" instead of the byte 0x01, as the Guide\'s C++ port does',
  },
  "heartbeat-as-text": {
    violates: ["PPP-3"],
    description:
      'send the string "HEARTBEAT" instead of the byte 0x02, as the Guide\'s C++ port does',
  },
  "ready-late": {
    // READY itself is well formed and does come; only its place is wrong.
    violates: ["PPP-1"],
    description: "send one HEARTBEAT before READY on every new connection",
  },
  "drop-delimiter": {
    violates: ["PPP-5"],
    description:
      "send REPLY without the empty frame that closes the address stack",
  },
  "double-reply": {
    violates: ["PPP-6"],
    description: "answer every REQUEST with two REPLYs",
  },
  "no-reconnect": {
    // It still heartbeats (PPP-8); it just never decides the queue is gone.
    violates: ["PPP-11"],
    description:
      "never treat a silent queue as gone: keep the socket, send no new READY",
  },
} as const satisfies Record<string, FaultInfo>

export type WorkerFault = keyof typeof workerFaults
