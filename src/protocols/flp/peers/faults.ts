import type { FaultInfo } from "../../../harness/module"

/**
 * Fault switches of the FLP reference peers: each makes a peer break exactly
 * the requirements it lists, so the suite can prove it notices. The names
 * are a contract with `marque flp server|client --fault`.
 */
export const serverFaults = {
  "no-pong": {
    violates: ["FLP-2"],
    description: "never answer PING (requests are still answered)",
  },
  "wrong-ccf": {
    violates: ["FLP-4"],
    description: "echo a different CCF than the request carried",
  },
  "reply-twice": {
    // The second copy answers nothing the client sent: the server initiates.
    violates: ["FLP-12"],
    description: "send every reply twice",
  },
} as const satisfies Record<string, FaultInfo>

export type ServerFault = keyof typeof serverFaults

/** Client faults act on the model-3 client (the FLP one), unless noted. */
export const clientFaults = {
  "no-failover": {
    violates: ["FLP-C2"],
    description:
      "wait for the first server a request went to until the global timeout; never try another",
  },
  "send-unheard": {
    // The Guide's flcliapi.c counts a server alive as soon as it connects.
    violates: ["FLP-C4"],
    description:
      "count every server alive from the moment it connects, before any PONG, and send to it",
  },
  "lose-reply": {
    violates: ["FLP-C1"],
    description:
      "take the first reply to arrive whatever its CCF: a late reply from the server it failed over from stands in for the real one, which is lost",
  },
} as const satisfies Record<string, FaultInfo>

export type ClientFault = keyof typeof clientFaults

export function isFault<C extends Record<string, FaultInfo>>(
  catalog: C,
  name: string,
): name is Extract<keyof C, string> {
  return Object.prototype.hasOwnProperty.call(catalog, name)
}
