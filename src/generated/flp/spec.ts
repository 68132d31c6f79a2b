/*
 * GENERATED from specs/*.yaml and schemas/flp/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (10/FLP Freelance Protocol: spec.ts)
 */
import type { Requirement } from "../../codec"

export const spec = {
  "protocol": "flp",
  "title": "10/FLP Freelance Protocol",
  "rfc": "https://rfc.zeromq.org/spec/10/",
  "status": "stable",
  "schemas": "flp",
  "roles": {
    "server": {
      "socket": "ROUTER",
      "binds": true,
      "identity": "its public endpoint (FLP-9, FLP-10)",
      "description": "answers PING with PONG and each request with its CCF and a reply body"
    },
    "client": {
      "socket": "ROUTER",
      "connects": "server",
      "identity": "none",
      "description": "addresses each server by its identity, pings them, fails over between them"
    }
  },
  "timing": {
    "model1": {
      "requestTimeoutMs": 1000,
      "maxRetries": 3
    },
    "model2": {
      "globalTimeoutMs": 2500
    },
    "model3": {
      "globalTimeoutMs": 3000,
      "pingIntervalMs": 2000,
      "serverTtlMs": 6000
    }
  },
  "models": {
    "1": "simple retry and failover: a REQ socket per attempt, servers tried in turn",
    "2": "brutal shotgun massacre: one DEALER to every server, first reply by sequence number wins",
    "3": "complex and nasty: a ROUTER that pings every server and sends to one it has heard from"
  }
} as const

/** Specs this protocol includes (e.g. 8/MMI), with their constants. */
export const included = {} as const

/** Command byte of each message type that carries one. */
export const commandBytes = {} as const

export const requirements: readonly Requirement[] = [
  {
    "id": "FLP-1",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "def",
    "statement": "A ping is one frame holding the four characters \"PING\"."
  },
  {
    "id": "FLP-2",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "keyword",
    "statement": "A server answers a ping with a message holding the four characters \"PONG\"."
  },
  {
    "id": "FLP-3",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "def",
    "statement": "A request is 2+ frames: the Client Control Frame (CCF), then the request body."
  },
  {
    "id": "FLP-4",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "keyword",
    "statement": "A server returns the CCF unmodified, followed by 1+ frames of reply body."
  },
  {
    "id": "FLP-5",
    "level": "may",
    "roles": [
      "client"
    ],
    "source": "keyword",
    "statement": "A client uses the CCF for any purpose, e.g. request sequence numbers."
  },
  {
    "id": "FLP-6",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "keyword",
    "statement": "Clients use ROUTER sockets."
  },
  {
    "id": "FLP-7",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "keyword",
    "statement": "Servers use ROUTER sockets."
  },
  {
    "id": "FLP-8",
    "level": "must-not",
    "roles": [
      "client"
    ],
    "source": "keyword",
    "statement": "Clients set a socket identity (their sockets are transient)."
  },
  {
    "id": "FLP-9",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "keyword",
    "statement": "Servers set a socket identity (their sockets are durable)."
  },
  {
    "id": "FLP-10",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "def",
    "statement": "A server's identity is its public endpoint, the exact string clients connect to."
  },
  {
    "id": "FLP-11",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "def",
    "statement": "Clients connect to servers and address each one explicitly."
  },
  {
    "id": "FLP-12",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "def",
    "statement": "A server only replies to a client that has first sent it a command; it never initiates."
  },
  {
    "id": "FLP-13",
    "level": "may",
    "roles": [
      "client"
    ],
    "source": "keyword",
    "statement": "Clients send pings at regular intervals."
  },
  {
    "id": "FLP-14",
    "level": "should",
    "roles": [
      "client"
    ],
    "source": "keyword",
    "statement": "A client treats a server as disconnected if no PONG arrives within a multiple (usually 2-3) of the ping interval."
  },
  {
    "id": "FLP-15",
    "level": "may",
    "roles": [
      "client"
    ],
    "source": "lc",
    "statement": "Clients prioritise servers (primary, secondary, ...); this is outside FLP."
  },
  {
    "id": "FLP-16",
    "level": "must",
    "roles": [
      "server",
      "client"
    ],
    "source": "info",
    "statement": "Servers are interchangeable: each can replace the others."
  },
  {
    "id": "FLP-S1",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "suite",
    "statement": "A server keeps serving when a client vanishes with requests unanswered: its replies to the gone client are dropped, never a crash or a stall."
  },
  {
    "id": "FLP-C1",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "suite",
    "statement": "A client reports each request's reply exactly once, and only a reply to that request: none lost, duplicated or taken from another request."
  },
  {
    "id": "FLP-C2",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "guide",
    "statement": "When the server a request went to stops answering (killed, frozen, cut off), the client sends the request to another server and reports that server's reply."
  },
  {
    "id": "FLP-C3",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "suite",
    "statement": "When no server answers within the client's declared deadline, the client gives up and exits with a non-zero code."
  },
  {
    "id": "FLP-C4",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "guide",
    "statement": "A model-3 client sends a request only to a server it has heard from (a PONG or a reply) within the server TTL."
  }
]
