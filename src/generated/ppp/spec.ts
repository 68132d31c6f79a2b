/*
 * GENERATED from specs/*.yaml and schemas/ppp/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (6/PPP Paranoid Pirate Protocol: spec.ts)
 */
import type { Requirement } from "../../codec"

export const spec = {
  "protocol": "ppp",
  "title": "6/PPP Paranoid Pirate Protocol",
  "rfc": "https://rfc.zeromq.org/spec/6/",
  "status": "stable",
  "schemas": "ppp",
  "roles": {
    "queue": {
      "socket": "ROUTER",
      "binds": true,
      "description": "the PPP client as a queue device: a ROUTER frontend for Lazy Pirate clients, a ROUTER backend for workers, least-recently-used dispatch, heartbeats both ways"
    },
    "worker": {
      "socket": "DEALER",
      "connects": "queue",
      "description": "sends READY, answers each REQUEST with one REPLY, heartbeats, and starts a new conversation when the queue goes silent"
    }
  },
  "timing": {
    "heartbeatIntervalMs": 1000,
    "heartbeatLiveness": 3,
    "reconnectInitialMs": 1000,
    "reconnectMaxMs": 32000
  }
} as const

/** Specs this protocol includes (e.g. 8/MMI), with their constants. */
export const included = {} as const

/** Command byte of each message type that carries one. */
export const commandBytes = {
  "Heartbeat": "0x02",
  "Ready": "0x01"
} as const

export const requirements: readonly Requirement[] = [
  {
    "id": "PPP-1",
    "level": "must",
    "roles": [
      "worker"
    ],
    "source": "keyword",
    "statement": "The first message of every conversation is READY, sent by the worker."
  },
  {
    "id": "PPP-2",
    "level": "must",
    "roles": [
      "worker"
    ],
    "source": "def",
    "statement": "READY is one frame holding the single byte 0x01."
  },
  {
    "id": "PPP-3",
    "level": "must",
    "roles": [
      "queue",
      "worker"
    ],
    "source": "def",
    "statement": "HEARTBEAT is one frame holding the single byte 0x02."
  },
  {
    "id": "PPP-4",
    "level": "must",
    "roles": [
      "queue"
    ],
    "source": "def",
    "statement": "REQUEST is an optional address stack closed by an empty frame, then one or more content frames."
  },
  {
    "id": "PPP-5",
    "level": "must",
    "roles": [
      "worker"
    ],
    "source": "def",
    "statement": "REPLY has the structure of REQUEST: the request's address stack and empty frame, then one or more content frames."
  },
  {
    "id": "PPP-6",
    "level": "must",
    "roles": [
      "worker"
    ],
    "source": "def",
    "statement": "A worker answers each REQUEST with exactly one REPLY; requests are independent."
  },
  {
    "id": "PPP-7",
    "level": "must",
    "roles": [
      "queue",
      "worker"
    ],
    "source": "def",
    "statement": "After READY the dialog is REQUEST/REPLY pairs, repeated without end: no second REQUEST before the REPLY, nothing but these and HEARTBEAT."
  },
  {
    "id": "PPP-8",
    "level": "should",
    "roles": [
      "worker"
    ],
    "source": "lc",
    "statement": "The worker sends HEARTBEAT to the client at regular intervals."
  },
  {
    "id": "PPP-9",
    "level": "should",
    "roles": [
      "queue"
    ],
    "source": "lc",
    "statement": "The client sends HEARTBEAT to the worker at regular intervals."
  },
  {
    "id": "PPP-10",
    "level": "should",
    "roles": [
      "queue",
      "worker"
    ],
    "source": "lc",
    "statement": "Both peers use the same, agreed heartbeat interval."
  },
  {
    "id": "PPP-11",
    "level": "may",
    "roles": [
      "queue",
      "worker"
    ],
    "source": "lc",
    "statement": "A peer treats the other as disconnected after a multiple (usually 3-5) of the interval without a heartbeat."
  },
  {
    "id": "PPP-12",
    "level": "must",
    "roles": [
      "worker"
    ],
    "source": "keyword",
    "statement": "A worker that detects the client has disconnected sends READY again to open a new conversation."
  },
  {
    "id": "PPP-13",
    "level": "should",
    "roles": [
      "queue"
    ],
    "source": "keyword",
    "statement": "A client that detects a worker has disconnected stops sending that worker anything."
  },
  {
    "id": "PPP-14",
    "level": "may",
    "roles": [
      "queue",
      "worker"
    ],
    "source": "def",
    "statement": "Either side may bind; workers usually connect to the client."
  },
  {
    "id": "PPP-15",
    "level": "may",
    "roles": [
      "queue"
    ],
    "source": "def",
    "statement": "The client may be a queue device or an application."
  },
  {
    "id": "PPP-16",
    "level": "may",
    "roles": [
      "queue"
    ],
    "source": "def",
    "statement": "The client may resend a request to another worker when a worker dies."
  },
  {
    "id": "LPC-17",
    "level": "must",
    "roles": [
      "queue"
    ],
    "source": "text",
    "statement": "Towards its Lazy Pirate clients the queue stands in for the REP server: each request gets exactly one answer, the worker's REPLY content unchanged, on the connection it came in on."
  }
]
