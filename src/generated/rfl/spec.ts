/*
 * GENERATED from specs/*.yaml and schemas/rfl/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Reliable Freelance (pyzmq seed dialect): spec.ts)
 */
import type { Requirement } from "../../codec"

export const spec = {
  "protocol": "rfl",
  "title": "Reliable Freelance (pyzmq seed dialect)",
  "seed": "shared/seeds/reliable-freelance-pyzmq.md",
  "status": "seed dialect",
  "schemas": "rfl",
  "includes": [
    "marque"
  ],
  "roles": {
    "server": {
      "socket": "ROUTER",
      "binds": true,
      "description": "answers HEARTBEAT with its server id, runs each REQUEST once and caches its RESPONSE by request id"
    },
    "client": {
      "socket": "DEALER",
      "connects": "server",
      "description": "one DEALER per server; heartbeats every server, ranks them, retries with back-off under one request id"
    }
  },
  "timing": {
    "requestTimeoutMs": 5000,
    "maxRetries": 3,
    "retryBaseDelayMs": 500,
    "heartbeatIntervalMs": 2000,
    "heartbeatTimeoutMs": 6000,
    "maxConsecutiveFailures": 3,
    "latencyWindow": 100,
    "cacheTtlMs": 300000,
    "cacheCleanupIntervalMs": 60000
  },
  "constants": {
    "request": "REQUEST",
    "heartbeat": "HEARTBEAT",
    "response": "RESPONSE",
    "ok": "OK",
    "error": "ERROR",
    "requestIdMaxBytes": 64
  }
} as const

/** Specs this protocol includes (e.g. 8/MMI), with their constants. */
export const included = {
  "marque": {
    "protocol": "marque",
    "title": "marque suite-defined rules (not in any RFC)",
    "status": "suite"
  }
} as const

/** Command byte of each message type that carries one. */
export const commandBytes = {} as const

export const requirements: readonly Requirement[] = [
  {
    "id": "RFL-1",
    "level": "must",
    "roles": [
      "client",
      "server"
    ],
    "source": "seed",
    "statement": "The client uses a DEALER socket and connects. The server uses a ROUTER socket and binds."
  },
  {
    "id": "RFL-2",
    "level": "must",
    "roles": [
      "client",
      "server"
    ],
    "source": "seed",
    "statement": "Every message in either direction starts with an empty frame, then a command frame."
  },
  {
    "id": "RFL-3",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "seed",
    "statement": "A REQUEST, as the client sends it, is [\"\"][\"REQUEST\"][request_id][payload 1+]."
  },
  {
    "id": "RFL-4",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "seed",
    "statement": "A client heartbeat is exactly [\"\"][\"HEARTBEAT\"]."
  },
  {
    "id": "RFL-5",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "seed",
    "statement": "A success reply is [\"\"][\"RESPONSE\"][request_id][\"OK\"][result 0+]."
  },
  {
    "id": "RFL-6",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "seed",
    "statement": "A failure reply is [\"\"][\"RESPONSE\"][request_id][\"ERROR\"][message], with exactly one message frame."
  },
  {
    "id": "RFL-7",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "seed",
    "statement": "A heartbeat reply is [\"\"][\"HEARTBEAT\"][server_id]."
  },
  {
    "id": "RFL-8",
    "level": "must",
    "roles": [
      "client",
      "server"
    ],
    "source": "seed",
    "statement": "Command and status frames are the exact ASCII strings of §13.2: case-sensitive, no terminator."
  },
  {
    "id": "RFL-9",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "seed",
    "statement": "request_id is UTF-8 text. The seed client sends a 36-character UUID4 string."
  },
  {
    "id": "RFL-10",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "seed",
    "statement": "A RESPONSE carries, byte for byte, the request_id of the REQUEST it answers."
  },
  {
    "id": "RFL-S1",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "seed",
    "statement": "The server answers each HEARTBEAT with a heartbeat reply carrying its server id."
  },
  {
    "id": "RFL-S2",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "seed",
    "statement": "The server answers each well-formed REQUEST with exactly one RESPONSE carrying its request_id."
  },
  {
    "id": "RFL-S3",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "seed",
    "statement": "A success carries \"OK\" and the result frames; a failure carries \"ERROR\" and one text frame."
  },
  {
    "id": "RFL-S4",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "seed",
    "statement": "While a request_id is in the cache, the server does not run it again; a repeat gets the stored response. This holds per server only."
  },
  {
    "id": "RFL-S5",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "seed",
    "statement": "The server keeps each processed request for at least CACHE_TTL (300 s)."
  },
  {
    "id": "RFL-S6",
    "level": "should",
    "roles": [
      "server"
    ],
    "source": "seed",
    "statement": "The server purges expired entries regularly (the seed: every 60 s)."
  },
  {
    "id": "RFL-S7",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "fix",
    "statement": "The server sends a stored response to the identity that sent the repeat, not to the identity stored with it. (fix: D7)"
  },
  {
    "id": "RFL-S8",
    "level": "should",
    "roles": [
      "server"
    ],
    "source": "fix",
    "statement": "The server detects a repeated request_id with a different payload (e.g. by a stored digest) and answers ERROR, not the stored result. (fix: D11)"
  },
  {
    "id": "RFL-S9",
    "level": "should",
    "roles": [
      "server"
    ],
    "source": "fix",
    "statement": "The server bounds the cache by entry count and by bytes as well as by age, evicting the oldest first. (fix: D8)"
  },
  {
    "id": "RFL-S10",
    "level": "should-not",
    "roles": [
      "server"
    ],
    "source": "fix",
    "statement": "The server caches an ERROR caused by a transient fault, or a response it failed to send. (fix: D9, D18)"
  },
  {
    "id": "RFL-S11",
    "level": "should",
    "roles": [
      "server"
    ],
    "source": "fix",
    "statement": "The server checks an entry's age at lookup and measures age on a monotonic clock. (fix: D16)"
  },
  {
    "id": "RFL-S12",
    "level": "should",
    "roles": [
      "server"
    ],
    "source": "fix",
    "statement": "The server answers ERROR to a request_id that is not valid UTF-8, exceeds a length limit (e.g. 64 bytes) or is not UUID-shaped. (fix: D10)"
  },
  {
    "id": "RFL-S13",
    "level": "should",
    "roles": [
      "server"
    ],
    "source": "fix",
    "statement": "The server answers ERROR, rather than silence, to a malformed REQUEST whose request_id it can read, e.g. one with no payload frame. (fix: D12)"
  },
  {
    "id": "RFL-S14",
    "level": "may",
    "roles": [
      "server"
    ],
    "source": "seed",
    "statement": "The server drops, without reply, a message of fewer than 3 frames or with an unknown command."
  },
  {
    "id": "RFL-S15",
    "level": "should",
    "roles": [
      "server"
    ],
    "source": "fix",
    "statement": "The server keeps answering heartbeats while it processes a request. (fix: D20)"
  },
  {
    "id": "RFL-S16",
    "level": "should",
    "roles": [
      "server"
    ],
    "source": "fix",
    "statement": "server_id is exactly the endpoint string clients connect to, so that clients can match replies exactly, as FLP identities do (§6). (fix: D6)"
  },
  {
    "id": "RFL-S17",
    "level": "must-not",
    "roles": [
      "server"
    ],
    "source": "seed",
    "statement": "The server sends any message that does not answer a client message."
  },
  {
    "id": "RFL-S18",
    "level": "may",
    "roles": [
      "server"
    ],
    "source": "info",
    "statement": "The server returns the request payload as the OK result, which is the seed's default."
  },
  {
    "id": "RFL-S19",
    "level": "should-not",
    "roles": [
      "server"
    ],
    "source": "fix",
    "statement": "The server puts raw exception text in ERROR messages. (fix: D22)"
  },
  {
    "id": "RFL-C1",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "seed",
    "statement": "Each logical request gets a new, globally unique request_id (UUID4), reused unchanged for every attempt of that request."
  },
  {
    "id": "RFL-C2",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "seed",
    "statement": "The client waits at most the request timeout (5 s) for the response to one attempt."
  },
  {
    "id": "RFL-C3",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "seed",
    "statement": "The client makes at most max_retries (3) attempts in all, then reports failure."
  },
  {
    "id": "RFL-C4",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "seed",
    "statement": "After failed attempt k the client waits base x 2^(k-1) (0.5 s, 1 s, ...) before the next attempt, and does not wait after the last."
  },
  {
    "id": "RFL-C5",
    "level": "should",
    "roles": [
      "client"
    ],
    "source": "fix",
    "statement": "The backoff has jitter and a cap. (fix)"
  },
  {
    "id": "RFL-C6",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "seed",
    "statement": "The client accepts a RESPONSE only if its request_id is the outstanding one, and ignores the rest (late replies)."
  },
  {
    "id": "RFL-C7",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "seed",
    "statement": "The client sends a HEARTBEAT to every server each interval (2 s)."
  },
  {
    "id": "RFL-C8",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "fix",
    "statement": "Each attempt and each heartbeat goes to a chosen server: through a ROUTER that addresses servers by identity, or through one DEALER per server. (fix: D1)"
  },
  {
    "id": "RFL-C9",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "fix",
    "statement": "Each ZeroMQ socket is used from one thread only. (fix: D3)"
  },
  {
    "id": "RFL-C10",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "fix",
    "statement": "Every received message is routed by type, whichever code reads it: a RESPONSE reaches the waiting request, and a heartbeat reply updates liveness. (fix: D4, D5)"
  },
  {
    "id": "RFL-C11",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "fix",
    "statement": "Heartbeat replies are matched to servers exactly (routing identity or exact server_id), and only the server that answered is refreshed. (fix: D6)"
  },
  {
    "id": "RFL-C12",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "seed",
    "statement": "A server is marked DEAD after 3 failed attempts in a row, or after 6 s without any message from it."
  },
  {
    "id": "RFL-C13",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "seed",
    "statement": "Servers are chosen in this order: ALIVE (by success rate, then latency), then UNKNOWN (order added), then DEAD (most recent heartbeat first)."
  },
  {
    "id": "RFL-C14",
    "level": "should",
    "roles": [
      "client"
    ],
    "source": "fix",
    "statement": "An ERROR response is the final answer. It goes back to the caller, is not retried, and does not count against the server. (fix: D13)"
  },
  {
    "id": "RFL-C15",
    "level": "should",
    "roles": [
      "client"
    ],
    "source": "fix",
    "statement": "The client queues nothing for a server that is not connected (ZMQ_IMMEDIATE), and no send blocks past the request deadline. (fix: D14)"
  },
  {
    "id": "RFL-C16",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "seed",
    "statement": "The client socket has LINGER 0."
  },
  {
    "id": "RFL-C17",
    "level": "should",
    "roles": [
      "client"
    ],
    "source": "fix",
    "statement": "Deadlines and latency are measured on a monotonic clock. (fix: D16)"
  },
  {
    "id": "RFL-C18",
    "level": "should",
    "roles": [
      "client"
    ],
    "source": "fix",
    "statement": "The client checks that frame 0 is empty and frame 1 is \"RESPONSE\" or \"HEARTBEAT\", and drops a malformed or non-UTF-8 message instead of raising. (fix: D17)"
  },
  {
    "id": "RFL-C19",
    "level": "must-not",
    "roles": [
      "client"
    ],
    "source": "seed",
    "statement": "The client sends a REQUEST without a payload frame; the seed server drops it."
  },
  {
    "id": "RFL-C20",
    "level": "should",
    "roles": [
      "client"
    ],
    "source": "fix",
    "statement": "The client reports success, application error (with its text), timeout and \"no server\" as distinct outcomes. (fix: D13)"
  },
  {
    "id": "RFL-C21",
    "level": "may",
    "roles": [
      "client"
    ],
    "source": "seed",
    "statement": "The client sets a random routing identity (the seed uses a UUID). A server must not rely on it surviving a client restart."
  },
  {
    "id": "MARQUE-ROBUST-1",
    "level": "must",
    "roles": [
      "broker",
      "worker",
      "client"
    ],
    "source": "suite",
    "statement": "A peer that receives invalid messages keeps running and keeps serving valid peers: it may drop them or act on them (a SHOULD of the protocol judges that), but never crashes or stalls."
  },
  {
    "id": "MARQUE-CONTRACT-1",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "suite",
    "statement": "Launch contract of a client IUT: started with {endpoint} {service} {body}, it sends a request for {service} whose body is the one frame {body}."
  }
]
