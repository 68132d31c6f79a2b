/*
 * GENERATED from specs/*.yaml and schemas/tsp/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (9/TSP Titanic Service Protocol: spec.ts)
 */
import type { Requirement } from "../../codec"

export const spec = {
  "protocol": "tsp",
  "title": "9/TSP Titanic Service Protocol",
  "rfc": "https://rfc.zeromq.org/spec/9/",
  "status": "stable",
  "schemas": "tsp",
  "mdp": "mdp/0.1",
  "roles": {
    "server": {
      "socket": [
        "DEALER",
        "REQ"
      ],
      "connects": "broker",
      "description": "an MDP worker for titanic.request, titanic.reply and titanic.close that stores requests durably, and an MDP client that forwards them through the broker as their services become available"
    },
    "client": {
      "socket": [
        "REQ",
        "DEALER"
      ],
      "connects": "broker",
      "description": "submits a request through titanic.request, polls titanic.reply until the reply is there, then titanic.close"
    }
  },
  "constants": {
    "services": {
      "request": "titanic.request",
      "reply": "titanic.reply",
      "close": "titanic.close"
    },
    "statusCodes": {
      "ok": "200",
      "pending": "300",
      "unknown": "400",
      "error": "500"
    }
  },
  "timing": {
    "clientPollMs": 5000,
    "dispatchIntervalMs": 1000,
    "serverClientTimeoutMs": 1000,
    "serverClientRetries": 1
  }
} as const

/** Specs this protocol includes (e.g. 8/MMI), with their constants. */
export const included = {} as const

/** Command byte of each message type that carries one. */
export const commandBytes = {} as const

export const requirements: readonly Requirement[] = [
  {
    "id": "TSP-1",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "keyword",
    "statement": "The server implements titanic.request."
  },
  {
    "id": "TSP-2",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "keyword",
    "statement": "The server implements titanic.reply."
  },
  {
    "id": "TSP-3",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "keyword",
    "statement": "The server implements titanic.close."
  },
  {
    "id": "TSP-4",
    "level": "must",
    "roles": [
      "server",
      "client"
    ],
    "source": "def",
    "statement": "TSP travels inside MDP: clients use MDP/Client via a broker; real workers use unchanged MDP/Worker."
  },
  {
    "id": "TSP-5",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "def",
    "statement": "titanic.request input is [service name][body 1+] (2+ frames)."
  },
  {
    "id": "TSP-6",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "def",
    "statement": "titanic.request stores the request persistently and returns a UUID for it."
  },
  {
    "id": "TSP-7",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "keyword",
    "statement": "titanic.request replies with 1+ frames: [status], plus [UUID] when OK."
  },
  {
    "id": "TSP-8",
    "level": "must",
    "roles": [
      "server",
      "client"
    ],
    "source": "keyword",
    "statement": "Every UUID is formatted as 32 hexadecimal characters (stated for all three services)."
  },
  {
    "id": "TSP-9",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "def",
    "statement": "titanic.reply input is exactly one frame, the UUID from titanic.request."
  },
  {
    "id": "TSP-10",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "keyword",
    "statement": "titanic.reply replies with 1+ frames: [status], plus the reply body frames when OK."
  },
  {
    "id": "TSP-11",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "def",
    "statement": "titanic.reply is idempotent."
  },
  {
    "id": "TSP-12",
    "level": "must-not",
    "roles": [
      "server"
    ],
    "source": "keyword",
    "statement": "titanic.reply deletes a reply after delivering it."
  },
  {
    "id": "TSP-13",
    "level": "should",
    "roles": [
      "server"
    ],
    "source": "lc",
    "statement": "Repeated titanic.reply calls with one UUID give the same answer until/unless the request is executed."
  },
  {
    "id": "TSP-14",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "def",
    "statement": "titanic.close input is exactly one frame, the UUID."
  },
  {
    "id": "TSP-15",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "def",
    "statement": "titanic.close deletes any stored request and reply for that UUID."
  },
  {
    "id": "TSP-16",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "keyword",
    "statement": "titanic.close replies with exactly one frame: [status]."
  },
  {
    "id": "TSP-17",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "def",
    "statement": "titanic.close is idempotent."
  },
  {
    "id": "TSP-18",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "keyword",
    "statement": "titanic.close returns 200 OK for an unknown UUID."
  },
  {
    "id": "TSP-19",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "keyword",
    "statement": "Each service's status code is one of those defined (200, 300, 400, 500)."
  },
  {
    "id": "TSP-20",
    "level": "must-not",
    "roles": [
      "server"
    ],
    "source": "keyword",
    "statement": "Implementations use status codes not defined by TSP."
  },
  {
    "id": "TSP-21",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "def",
    "statement": "Every TSP reply is a status frame followed by zero or more content frames."
  },
  {
    "id": "TSP-22",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "def",
    "statement": "A status frame is three digits, optionally followed by a space and descriptive text."
  },
  {
    "id": "TSP-23",
    "level": "must-not",
    "roles": [
      "client"
    ],
    "source": "keyword",
    "statement": "A client treats the status text as significant."
  },
  {
    "id": "TSP-24",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "def",
    "statement": "200 from titanic.reply means the real service ran successfully."
  },
  {
    "id": "TSP-25",
    "level": "should",
    "roles": [
      "client"
    ],
    "source": "keyword",
    "statement": "On 300 (PENDING) the client retries later."
  },
  {
    "id": "TSP-26",
    "level": "should-not",
    "roles": [
      "client"
    ],
    "source": "keyword",
    "statement": "On 400 (UNKNOWN) the client retries."
  },
  {
    "id": "TSP-27",
    "level": "should",
    "roles": [
      "client"
    ],
    "source": "keyword",
    "statement": "On 500 (ERROR) the client retries later."
  },
  {
    "id": "TSP-28",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "def",
    "statement": "The server executes stored requests asynchronously via the broker as services become available."
  }
]
