/*
 * GENERATED from specs/*.yaml and schemas/lazy-pirate/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Lazy Pirate (client-side reliability, Guide pattern): spec.ts)
 */
import type { Requirement } from "../../codec"

export const spec = {
  "protocol": "lazy-pirate",
  "title": "Lazy Pirate (client-side reliability, Guide pattern)",
  "rfc": "https://zguide.zeromq.org/docs/chapter4/#Client-Side-Reliability-Lazy-Pirate-Pattern",
  "status": "guide pattern",
  "schemas": "lazy-pirate",
  "roles": {
    "client": {
      "socket": "REQ",
      "connects": "server",
      "description": "polls for each reply with a timeout; on timeout closes its socket, opens a new one and resends; gives up after a fixed number of attempts"
    },
    "server": {
      "socket": "REP",
      "binds": true,
      "description": "a plain REP server that answers each request exactly once (the Guide's echoes it)"
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
export const commandBytes = {} as const

export const requirements: readonly Requirement[] = [
  {
    "id": "LPC-1",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "text",
    "statement": "The client never blocks in a receive: it polls with a timeout and reads only a waiting reply."
  },
  {
    "id": "LPC-2",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "text",
    "statement": "If no reply arrives within the timeout, the client sends the request again."
  },
  {
    "id": "LPC-3",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "text",
    "statement": "After a fixed number of attempts without a reply, the client abandons the request."
  },
  {
    "id": "LPC-4",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "text",
    "statement": "Before a resend the client closes its REQ socket and opens a new one."
  },
  {
    "id": "LPC-5",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "code",
    "statement": "The discarded socket has LINGER 0, so a request still unsent is destroyed with it."
  },
  {
    "id": "LPC-6",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "code",
    "statement": "The new socket connects to the same endpoint as the old one."
  },
  {
    "id": "LPC-7",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "code",
    "statement": "A resend carries exactly the bytes of the original request."
  },
  {
    "id": "LPC-8",
    "level": "must-not",
    "roles": [
      "client"
    ],
    "source": "code",
    "statement": "The client resends before its timeout has passed since its last send of that request."
  },
  {
    "id": "LPC-9",
    "level": "must-not",
    "roles": [
      "client"
    ],
    "source": "code",
    "statement": "The client sends one request more times than its declared attempts, the first send included."
  },
  {
    "id": "LPC-10",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "code",
    "statement": "When its last attempt times out, the client sends nothing more and reports failure (exits non-zero)."
  },
  {
    "id": "LPC-11",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "code",
    "statement": "A client that numbers its requests accepts only a reply carrying the outstanding number."
  },
  {
    "id": "LPC-12",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "code",
    "statement": "A non-matching reply is discarded: it is not a success, does not start a new request, and the client keeps waiting."
  },
  {
    "id": "LPC-13",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "code",
    "statement": "After a matching reply the client resets its attempt count and sends its next request on the same socket."
  },
  {
    "id": "LPC-14",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "implied",
    "statement": "A client has at most one request outstanding."
  },
  {
    "id": "LPC-15",
    "level": "should-not",
    "roles": [
      "client"
    ],
    "source": "text",
    "statement": "The client uses DEALER in place of REQ (its requests would lack REQ's framing, and stale replies could reach it)."
  },
  {
    "id": "LPC-16",
    "level": "may",
    "roles": [
      "client"
    ],
    "source": "text",
    "statement": "A production client leaves out sequence numbers; they exist to test the design."
  },
  {
    "id": "LPC-17",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "text",
    "statement": "The server is a plain REP socket that answers each request exactly once, on the connection it came in on."
  },
  {
    "id": "LPC-18",
    "level": "must",
    "roles": [
      "server"
    ],
    "source": "code",
    "statement": "The Guide's server returns the request bytes unchanged as its reply."
  },
  {
    "id": "LPC-19",
    "level": "should",
    "roles": [
      "client"
    ],
    "source": "code",
    "statement": "The client's timeout exceeds the server's normal processing time."
  },
  {
    "id": "LPC-20",
    "level": "should",
    "roles": [
      "client",
      "server"
    ],
    "source": "implied",
    "statement": "Request handling is idempotent: after a timeout the server may run the same request twice, and the first reply is lost."
  },
  {
    "id": "LPC-21",
    "level": "may",
    "roles": [
      "client",
      "server"
    ],
    "source": "info",
    "statement": "Recovery depends on the same server coming back; ZeroMQ reconnects underneath. There is no failover."
  }
]
