/*
 * GENERATED from specs/*.yaml and schemas/simple-pirate/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Simple Pirate (queue of REQ workers, Guide pattern): spec.ts)
 */
import type { Requirement } from "../../codec"

export const spec = {
  "protocol": "simple-pirate",
  "title": "Simple Pirate (queue of REQ workers, Guide pattern)",
  "rfc": "https://zguide.zeromq.org/docs/chapter4/#Basic-Reliable-Queuing-Simple-Pirate-Pattern",
  "status": "guide pattern",
  "schemas": "simple-pirate",
  "roles": {
    "queue": {
      "socket": "ROUTER",
      "binds": true,
      "description": "a ROUTER frontend for Lazy Pirate clients and a ROUTER backend for REQ workers; each request goes to the worker ready longest; no heartbeat, no timer"
    }
  },
  "timing": {
    "clientTimeoutMs": 2500,
    "clientRetries": 3
  }
} as const

/** Specs this protocol includes (e.g. 8/MMI), with their constants. */
export const included = {} as const

/** Command byte of each message type that carries one. */
export const commandBytes = {
  "WorkerReady": "0x01"
} as const

export const requirements: readonly Requirement[] = [
  {
    "id": "SPP-1",
    "level": "must",
    "roles": [
      "queue"
    ],
    "source": "code",
    "statement": "The queue binds a ROUTER frontend for clients and a ROUTER backend for workers."
  },
  {
    "id": "SPP-2",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "text",
    "statement": "Clients are unmodified Lazy Pirate clients."
  },
  {
    "id": "SPP-3",
    "level": "must",
    "roles": [
      "worker"
    ],
    "source": "code",
    "statement": "A worker uses a REQ socket connected to the backend."
  },
  {
    "id": "SPP-4",
    "level": "must",
    "roles": [
      "worker"
    ],
    "source": "code",
    "statement": "A worker's first message is READY, one frame holding the byte 0x01."
  },
  {
    "id": "SPP-5",
    "level": "must",
    "roles": [
      "worker"
    ],
    "source": "code",
    "statement": "After READY a worker answers each request with exactly one reply, beginning with the client envelope it received, unchanged."
  },
  {
    "id": "SPP-6",
    "level": "must",
    "roles": [
      "queue"
    ],
    "source": "code",
    "statement": "Every message from a worker, READY or reply, appends that worker to the tail of the ready list."
  },
  {
    "id": "SPP-7",
    "level": "must",
    "roles": [
      "queue"
    ],
    "source": "code",
    "statement": "The queue gives each request to the worker at the head of the list (ready longest) and removes it from the list."
  },
  {
    "id": "SPP-8",
    "level": "must",
    "roles": [
      "queue"
    ],
    "source": "implied",
    "statement": "A worker holds at most one request: the queue sends it nothing more until it replies."
  },
  {
    "id": "SPP-9",
    "level": "must",
    "roles": [
      "queue"
    ],
    "source": "code",
    "statement": "The queue forwards a request as [ID(w)][\"\"][ID(c)][\"\"][body...], envelope and body unchanged."
  },
  {
    "id": "SPP-10",
    "level": "must",
    "roles": [
      "queue"
    ],
    "source": "code",
    "statement": "The queue strips [ID(w)][\"\"] from a worker reply and sends the rest to the frontend; it forwards no READY."
  },
  {
    "id": "SPP-11",
    "level": "must",
    "roles": [
      "queue"
    ],
    "source": "code",
    "statement": "While no worker is ready the queue reads no client request: requests wait in socket buffers."
  },
  {
    "id": "SPP-12",
    "level": "must-not",
    "roles": [
      "queue"
    ],
    "source": "code",
    "statement": "The queue sends anything of its own: no heartbeat, no error reply, no notice to clients or workers."
  },
  {
    "id": "SPP-13",
    "level": "must",
    "roles": [
      "queue"
    ],
    "source": "implied",
    "statement": "A reply for a client identity that no longer exists is discarded by the frontend; it never reaches the client's new socket."
  },
  {
    "id": "SPP-14",
    "level": "should",
    "roles": [
      "queue",
      "worker"
    ],
    "source": "text",
    "statement": "Workers are stateless and requests idempotent: a resent request may run on two workers, or twice on one."
  },
  {
    "id": "SPP-15",
    "level": "may",
    "roles": [
      "worker"
    ],
    "source": "code",
    "statement": "Workers set a routing identity; the Guide's random one is for tracing only."
  },
  {
    "id": "SPP-16",
    "level": "may",
    "roles": [
      "queue"
    ],
    "source": "text",
    "statement": "Any number of clients and workers start in any order."
  },
  {
    "id": "SPP-17",
    "level": "may",
    "roles": [
      "queue"
    ],
    "source": "info",
    "statement": "The queue does not notice a dead worker; a request sent to a worker that died idle is lost, and only the client's resend recovers it."
  },
  {
    "id": "SPP-18",
    "level": "may",
    "roles": [
      "queue"
    ],
    "source": "info",
    "statement": "After a queue restart, connected workers never send READY again and stay unused (6/PPP closes this gap)."
  }
]
