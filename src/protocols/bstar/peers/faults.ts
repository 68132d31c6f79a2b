import type { FaultInfo } from "../../../harness/module"

/**
 * Fault switches: each makes a reference peer break exactly the
 * requirements it lists, so the conformance suite can prove it notices. The
 * names are a contract with the suite and with `marque bstar pair|client
 * --fault`. Given to a pair's command template, a fault is on in both
 * servers; each description says which one it shows in.
 */
export const pairFaults = {
  "takeover-without-request": {
    violates: ["BSTAR-21"],
    description:
      "a passive server goes active as soon as its peer is silent, without waiting for a client request",
  },
  "stale-vote": {
    // The split-brain fault: a request dropped while the peer was alive is
    // remembered as a vote, so a cut state link (both servers alive, clients
    // on the primary) leaves two active servers.
    violates: ["BSTAR-21"],
    description:
      "a request dropped while passive counts as a vote later: once the peer is silent the server goes active with no new request (both active after a link cut)",
  },
  "ignore-peer-state": {
    violates: ["BSTAR-8", "BSTAR-9"],
    description:
      "state messages only prove the peer alive: no PEER_* event is applied, so the primary stays PRIMARY and the backup BACKUP",
  },
  "no-state": {
    violates: ["BSTAR-4"],
    description: "never publish the state",
  },
  "primary-returns-active": {
    violates: ["BSTAR-8"],
    description:
      "PRIMARY goes active on PEER_ACTIVE instead of passive: a primary restarted after a failover takes the service back",
  },
  "reject-with-reply": {
    violates: ["BSTAR-20"],
    description:
      'answer a rejected request with "not active" instead of dropping it',
  },
  "survive-dual-active": {
    violates: ["BSTAR-16"],
    description: "ignore PEER_ACTIVE while active: no dual-actives exit",
  },
} as const satisfies Record<string, FaultInfo>

export type PairFault = keyof typeof pairFaults

export const clientFaults = {
  "backup-first": {
    violates: ["BSTAR-26"],
    description: "send the first request to the backup",
  },
  "no-switch": {
    violates: ["BSTAR-27"],
    description:
      "after a timeout resend to the same server, on a new socket, after the settle delay",
  },
  "no-settle": {
    // The settle delay is BSTAR-27's; BSTAR-28 (a SHOULD) asks only that it
    // be at least the failover timeout, which a missing pause breaks too.
    violates: ["BSTAR-27", "BSTAR-28"],
    description: "resend to the other server at once, with no settle delay",
  },
  "give-up-early": {
    violates: ["BSTAR-29"],
    description:
      "give up after one try on each server, whatever --give-up-after says",
  },
} as const satisfies Record<string, FaultInfo>

export type ClientFault = keyof typeof clientFaults
