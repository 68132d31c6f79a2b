import type { FaultInfo } from "../../../harness/module"

/**
 * Fault switches: each makes a reference Titanic peer break exactly the
 * requirements it lists, so the suite can prove it notices. The names are a
 * contract with the suite and with `marque tsp server|client --fault`.
 */
export const serverFaults = {
  "reply-before-durable": {
    violates: ["TSP-6"],
    description:
      "answer titanic.request with 200 while the request is only in memory; it reaches the disk when first dispatched, so a kill -9 before that loses it",
  },
  "no-redispatch": {
    violates: ["TSP-28"],
    description:
      "after a restart, never dispatch the requests the store still holds as pending",
  },
  "done-before-reply": {
    violates: ["TSP-28"],
    description:
      "mark a request done before forwarding it (the Guide's titanic.c queue-line bug): a crash before the reply is stored means it never runs again",
  },
  "delete-on-reply": {
    violates: ["TSP-12"],
    description:
      "delete the stored reply once titanic.reply has delivered it: the next titanic.reply gets 400",
  },
  "status-404": {
    violates: ["TSP-19", "TSP-20"],
    description:
      'answer titanic.reply for an unknown UUID with "404" (an 8/MMI code) instead of "400"',
  },
  "status-501": {
    violates: ["TSP-19", "TSP-20"],
    description:
      'answer titanic.reply for a pending request with "501" (an 8/MMI code) instead of "300"',
  },
  "traversal-id": {
    violates: ["TSP-8"],
    description:
      "use the id frame of titanic.reply and titanic.close as a file name unchecked: ../ reaches outside the store",
  },
} as const satisfies Record<string, FaultInfo>

export type ServerFault = keyof typeof serverFaults

export const clientFaults = {
  "give-up-on-300": {
    violates: ["TSP-25"],
    description: "stop polling at the first 300 (PENDING) and fail",
  },
  "retry-on-400": {
    violates: ["TSP-26"],
    description: "keep polling titanic.reply after a 400 (UNKNOWN)",
  },
  "give-up-on-500": {
    violates: ["TSP-27"],
    description: "fail at the first 500 (ERROR) instead of retrying later",
  },
  "status-text": {
    violates: ["TSP-23"],
    description: 'take only a bare "200" as OK: "200 OK" counts as a failure',
  },
} as const satisfies Record<string, FaultInfo>

export type ClientFault = keyof typeof clientFaults

export function isFault<C extends object>(
  catalog: C,
  name: string,
): name is Extract<keyof C, string> {
  return Object.hasOwn(catalog, name)
}
