import type { FaultInfo } from "../../../harness/module"

/**
 * Fault switches of the Reliable Freelance reference peers: each makes a peer
 * break exactly the requirements it lists. The names are a contract with
 * `marque rfl server|client --fault`.
 */
export const serverFaults = {
  "no-heartbeat-reply": {
    violates: ["RFL-S1"],
    description: "never answer HEARTBEAT (requests are still answered)",
  },
  "wrong-request-id": {
    violates: ["RFL-10"],
    description: "answer with a request id other than the one asked",
  },
  "no-dedupe": {
    // With no cache there is no stored digest either to refuse a reused id.
    violates: ["RFL-S4", "RFL-S8"],
    description:
      "run every repeat of a request id again instead of answering from the cache",
  },
  "reply-twice": {
    violates: ["RFL-S2"],
    description: "send every RESPONSE twice",
  },
  "stored-identity": {
    // The seed's D7: the cached message still carries the first requester.
    violates: ["RFL-S7"],
    description:
      "send a cached RESPONSE to the identity stored with it, not to the one that asked again",
  },
} as const satisfies Record<string, FaultInfo>

export type ServerFault = keyof typeof serverFaults

export const clientFaults = {
  "no-backoff": {
    violates: ["RFL-C4"],
    description: "retry at once after a failed attempt, with no back-off",
  },
  "no-failover": {
    violates: ["RFL-C13"],
    description:
      "send every attempt of a request to the server its first attempt went to",
  },
  "one-heartbeat": {
    // The seed's D2: one message round-robined over every server.
    violates: ["RFL-C7"],
    description:
      "send each interval's HEARTBEAT to one server, in turn, not to all",
  },
  "new-id-per-attempt": {
    violates: ["RFL-C1"],
    description: "give every attempt a new request id",
  },
  "lose-reply": {
    violates: ["RFL-C10"],
    description:
      "drop a RESPONSE that comes from another server than the current attempt's (a late answer after failover)",
  },
  "retry-error": {
    // The seed's D13: an ERROR counted as a failed attempt.
    violates: ["RFL-C14"],
    description:
      "take an ERROR answer for no answer: drop it and try again after the timeout",
  },
  "crash-on-malformed": {
    violates: ["MARQUE-ROBUST-1"],
    description:
      "crash on the first malformed message from a server (the seed's D17 raises out of request())",
  },
  "no-dead-after-failures": {
    violates: ["RFL-C12"],
    description:
      "never mark a server DEAD for failed attempts in a row (only for silence)",
  },
  "queue-while-down": {
    // The seed's D14: no ZMQ_IMMEDIATE.
    violates: ["RFL-C15"],
    description:
      "queue messages for a server that is not connected, delivered when it comes up",
  },
} as const satisfies Record<string, FaultInfo>

export type ClientFault = keyof typeof clientFaults
