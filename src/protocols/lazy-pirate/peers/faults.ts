import type { FaultInfo } from "../../../harness/module"

/**
 * Fault switches of the reference Lazy Pirate peers: each makes the peer
 * break exactly the requirements it lists (shared/protocols.md §10.5), so
 * the suite can prove it notices. The names are a contract with the suite
 * and with `marque lazy-pirate client|server --fault`.
 */
export const clientFaults = {
  "resend-early": {
    violates: ["LPC-8"],
    description: "resend after a quarter of the timeout",
  },
  "reuse-socket": {
    // A relaxed REQ may send again without a reply: same connection, same identity.
    violates: ["LPC-4"],
    description: "resend on the same socket (ZMQ_REQ_RELAXED), not a new one",
  },
  "extra-attempt": {
    violates: ["LPC-9"],
    description: "make one attempt more than --retries says",
  },
  "change-resend": {
    violates: ["LPC-7"],
    description: 'mark each resend: its request frame gets a "+" appended',
  },
  "accept-stale": {
    violates: ["LPC-11"],
    description:
      "take any reply as the answer, whether or not it carries the outstanding number",
  },
  linger: {
    violates: ["LPC-5"],
    description:
      "close each discarded socket with a 60 s LINGER, so its unsent request still leaves once the server is reachable",
  },
  "exit-zero-on-give-up": {
    violates: ["LPC-10"],
    description: "report success (exit 0) after the last attempt times out",
  },
} as const satisfies Record<string, FaultInfo>

export type ClientFault = keyof typeof clientFaults

export const serverFaults = {
  "corrupt-reply": {
    violates: ["LPC-18"],
    description: 'answer each request with its bytes and a trailing "!"',
  },
} as const satisfies Record<string, FaultInfo>

export type ServerFault = keyof typeof serverFaults
