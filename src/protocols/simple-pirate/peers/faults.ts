import type { FaultInfo } from "../../../harness/module"

/**
 * Fault switches of the reference Simple Pirate queue: each makes it break
 * exactly the requirements it lists (shared/protocols.md §11.4), so the
 * suite can prove it notices. The names are a contract with the suite and
 * with `marque simple-pirate queue --fault`.
 */
export const queueFaults = {
  heartbeat: {
    violates: ["SPP-12"],
    description:
      'send each ready worker a HEARTBEAT of its own ([""][0x02]) every 100 ms, as a PPP queue would',
  },
  mru: {
    violates: ["SPP-7"],
    description:
      "give each request to the worker ready most recently, not the one ready longest",
  },
  "double-dispatch": {
    violates: ["SPP-8"],
    description:
      "keep a worker in the ready list after handing it a request, so it can get a second one before it replies",
  },
  "drop-delimiter": {
    violates: ["SPP-9"],
    description:
      'forward requests as [ID(w)][""][ID(c)][body...], without the empty frame after the client address',
  },
  "misroute-reply": {
    violates: ["SPP-10"],
    description:
      "send every worker reply to the client of the latest request, not to the client its envelope names",
  },
} as const satisfies Record<string, FaultInfo>

export type QueueFault = keyof typeof queueFaults
