/**
 * Fault switches: each one makes a reference peer break exactly the
 * requirements it lists, so the conformance suite can prove it notices. The
 * names are a contract with the suite and with `marque broker|worker|client
 * --fault`.
 */
export interface FaultInfo {
  /** Requirement IDs this fault breaks, and no others. */
  readonly violates: readonly string[]
  readonly description: string
}

export const brokerFaults = {
  "no-heartbeat": {
    violates: ["MDP-43"],
    description: "never send HEARTBEAT to workers",
  },
  "ignore-expiry": {
    // A worker never expired is also never dropped from the heartbeat list.
    violates: ["MDP-44", "MDP-46"],
    description:
      "never expire silent workers: they keep getting requests and HEARTBEAT",
  },
  "drop-empty-frame": {
    violates: ["MDP-21"],
    description: "omit the leading empty frame of every message to workers",
  },
  "wrong-header": {
    violates: ["MDP-22"],
    description: 'send "MDPC02" instead of "MDPC01" in replies to clients',
  },
  "no-mmi": {
    violates: ["MMI-4"],
    description: 'answer "mmi.service" with "501", as if not implemented',
  },
  "mmi-always-found": {
    violates: ["MMI-6"],
    description: 'answer "mmi.service" with "200" even for unknown services',
  },
  "mmi-workers-allowed": {
    violates: ["MMI-2"],
    description: 'accept READY for services in the "mmi." namespace',
  },
  "double-dispatch": {
    violates: ["MDP-48"],
    description: "dispatch requests to busy workers too",
  },
  "ignore-unexpected": {
    violates: ["MDP-33"],
    description:
      "ignore a second READY, and HEARTBEAT or REPLY from unknown or idle workers, instead of DISCONNECT",
  },
  "talk-after-disconnect": {
    violates: ["MDP-31"],
    description:
      "after a worker's DISCONNECT, keep sending it HEARTBEAT (but no requests)",
  },
  "misroute-reply": {
    violates: ["MDP-39"],
    description:
      "route every worker REPLY to the client that sent the latest request, not to its address frame",
  },
  "no-queue": {
    violates: ["MDP-14"],
    description: "drop requests for services that have no registered worker",
  },
  "crash-on-invalid": {
    // The suite's robustness rule: no RFC says a crash on invalid input fails.
    violates: ["MARQUE-ROBUST-1"],
    description: "exit with code 3 on the first invalid message",
  },
  "curve-accept-any": {
    // Plaintext peers are still refused (libzmq itself refuses a mechanism
    // mismatch), so only the unknown-key rule breaks.
    violates: ["SEC-2"],
    description:
      "as a CURVE server, let every client key in (the ZAP handler answers 200 to all), whatever --curve-allow says",
  },
} as const satisfies Record<string, FaultInfo>

export type BrokerFault = keyof typeof brokerFaults

export const workerFaults = {
  "no-heartbeat": {
    violates: ["MDP-43"],
    description: "never send HEARTBEAT to the broker",
  },
  "double-ready": {
    violates: ["MDP-27"],
    description: "send READY twice on every new connection",
  },
  "ignore-disconnect": {
    // Not MDP-36: the worker does close that socket and send READY on a new
    // one, late, once the broker's silence ends the connection (MDP-44). The
    // HEARTBEAT on the old socket is the violation, and it always comes first.
    violates: ["MDP-35"],
    description:
      "on DISCONNECT, keep the socket and keep sending HEARTBEAT until the broker's silence ends the connection",
  },
  "no-reconnect": {
    // Not MDP-45 too: that SHOULD applies once loss is detected, and this
    // worker never detects it. It still heartbeats (MDP-43) and still obeys
    // DISCONNECT (MDP-36).
    violates: ["MDP-44"],
    description:
      "never treat a silent broker as gone: keep the socket, send no new READY",
  },
  "drop-address-delimiter": {
    // The codec blames the missing frame on MDP-38, the rule naming it; the
    // rest of the REPLY (one address frame, MDP-37; header, command) is intact.
    violates: ["MDP-38"],
    description: "send REPLY without the empty frame after the client address",
  },
  "ready-late": {
    // READY itself is well formed and sent once (MDP-16, MDP-27); only the
    // order on the new connection is wrong.
    violates: ["MDP-24"],
    description: "send one HEARTBEAT before READY on every new connection",
  },
} as const satisfies Record<string, FaultInfo>

export type WorkerFault = keyof typeof workerFaults

export const clientFaults = {
  "wrong-header": {
    violates: ["MDP-22"],
    description: 'send "MDPC02" instead of "MDPC01" in REQUEST',
  },
  "no-body": {
    violates: ["MDP-6"],
    description: "send REQUEST with no body frame",
  },
  "no-retry": {
    violates: ["MDP-12"],
    description:
      "give up after the first timeout without resending, whatever --retries says",
  },
  "resend-early": {
    // On a DEALER that writes frame 0 itself (MDP-11), so the wire looks like
    // a REQ client's except for the early second REQUEST.
    violates: ["MDP-8"],
    description:
      "resend REQUEST after a quarter of the timeout, while the first is still unanswered",
  },
} as const satisfies Record<string, FaultInfo>

export type ClientFault = keyof typeof clientFaults

/** Narrows a user-supplied name to a fault of the given catalog. */
export function isFault<C extends Record<string, FaultInfo>>(
  catalog: C,
  name: string,
): name is Extract<keyof C, string> {
  return Object.prototype.hasOwnProperty.call(catalog, name)
}
