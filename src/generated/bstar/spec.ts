/*
 * GENERATED from specs/*.yaml and schemas/bstar/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Binary Star primary/backup pair: spec.ts)
 */
import type { Requirement } from "../../codec"

export const spec = {
  "protocol": "bstar",
  "title": "Binary Star primary/backup pair",
  "source": "https://zguide.zeromq.org/docs/chapter4/#High-Availability-Pair-Binary-Star-Pattern",
  "status": "guide-pattern",
  "schemas": "bstar",
  "roles": {
    "pair": {
      "socket": [
        "ROUTER",
        "PUB",
        "SUB"
      ],
      "binds": true,
      "description": "one server of the pair, run as primary or backup: a ROUTER frontend for clients (the voter), a PUB for its own state, a SUB on the peer's state"
    },
    "client": {
      "socket": "REQ",
      "connects": "pair",
      "description": "a Lazy Pirate client that knows both servers and switches to the other one after a timeout"
    }
  },
  "timing": {
    "heartbeatMs": 1000,
    "peerExpiryHeartbeats": 2,
    "clientTimeoutMs": 1000,
    "settleDelayMs": 2000,
    "clientPaceMs": 1000
  },
  "endpoints": {
    "primary": {
      "frontend": "tcp://*:5001",
      "statepub": "tcp://*:5003",
      "peer": "tcp://localhost:5004"
    },
    "backup": {
      "frontend": "tcp://*:5002",
      "statepub": "tcp://*:5004",
      "peer": "tcp://localhost:5003"
    }
  },
  "machine": {
    "states": {
      "PRIMARY": {
        "value": 1,
        "description": "primary, waiting to hear from its peer"
      },
      "BACKUP": {
        "value": 2,
        "description": "backup, waiting to hear from its peer"
      },
      "ACTIVE": {
        "value": 3,
        "description": "serving clients"
      },
      "PASSIVE": {
        "value": 4,
        "description": "standing by, serving no one"
      }
    },
    "events": {
      "PEER_PRIMARY": {
        "value": 1,
        "peer": "PRIMARY",
        "description": "the peer reports PRIMARY"
      },
      "PEER_BACKUP": {
        "value": 2,
        "peer": "BACKUP",
        "description": "the peer reports BACKUP"
      },
      "PEER_ACTIVE": {
        "value": 3,
        "peer": "ACTIVE",
        "description": "the peer reports ACTIVE"
      },
      "PEER_PASSIVE": {
        "value": 4,
        "peer": "PASSIVE",
        "description": "the peer reports PASSIVE"
      },
      "CLIENT_REQUEST": {
        "value": 5,
        "description": "a request arrived on our own frontend; local only, never sent"
      }
    },
    "guards": {
      "peerDead": "no state message from the peer for peerExpiryHeartbeats x heartbeatMs (BSTAR-5)"
    },
    "actions": {
      "serve": "answer the request (the application's reply; echo by default)",
      "drop": "read the request and discard it, with no reply of any kind (BSTAR-20)",
      "fatal": "report the error and exit the process"
    },
    "initial": {
      "primary": "PRIMARY",
      "backup": "BACKUP"
    },
    "transitions": {
      "PRIMARY": {
        "PEER_PRIMARY": [
          {
            "rule": "BSTAR-18"
          }
        ],
        "PEER_BACKUP": [
          {
            "to": "ACTIVE",
            "rule": "BSTAR-8"
          }
        ],
        "PEER_ACTIVE": [
          {
            "to": "PASSIVE",
            "rule": "BSTAR-8"
          }
        ],
        "PEER_PASSIVE": [
          {
            "rule": "BSTAR-18"
          }
        ],
        "CLIENT_REQUEST": [
          {
            "when": "peerDead",
            "to": "ACTIVE",
            "do": "serve",
            "rule": "BSTAR-19"
          },
          {
            "do": "drop",
            "rule": "BSTAR-19"
          }
        ]
      },
      "BACKUP": {
        "PEER_PRIMARY": [
          {
            "rule": "BSTAR-18"
          }
        ],
        "PEER_BACKUP": [
          {
            "rule": "BSTAR-18"
          }
        ],
        "PEER_ACTIVE": [
          {
            "to": "PASSIVE",
            "rule": "BSTAR-9"
          }
        ],
        "PEER_PASSIVE": [
          {
            "rule": "BSTAR-18"
          }
        ],
        "CLIENT_REQUEST": [
          {
            "do": "drop",
            "rule": "BSTAR-10"
          }
        ]
      },
      "ACTIVE": {
        "PEER_PRIMARY": [
          {
            "rule": "BSTAR-15"
          }
        ],
        "PEER_BACKUP": [
          {
            "rule": "BSTAR-15"
          }
        ],
        "PEER_ACTIVE": [
          {
            "do": "fatal",
            "error": "dual actives",
            "rule": "BSTAR-16"
          }
        ],
        "PEER_PASSIVE": [
          {
            "rule": "BSTAR-15"
          }
        ],
        "CLIENT_REQUEST": [
          {
            "do": "serve",
            "rule": "BSTAR-14"
          }
        ]
      },
      "PASSIVE": {
        "PEER_PRIMARY": [
          {
            "to": "ACTIVE",
            "rule": "BSTAR-11"
          }
        ],
        "PEER_BACKUP": [
          {
            "to": "ACTIVE",
            "rule": "BSTAR-11"
          }
        ],
        "PEER_ACTIVE": [
          {
            "rule": "BSTAR-18"
          }
        ],
        "PEER_PASSIVE": [
          {
            "do": "fatal",
            "error": "dual passives",
            "rule": "BSTAR-17"
          }
        ],
        "CLIENT_REQUEST": [
          {
            "when": "peerDead",
            "to": "ACTIVE",
            "do": "serve",
            "rule": "BSTAR-12"
          },
          {
            "do": "drop",
            "rule": "BSTAR-13"
          }
        ]
      }
    }
  }
} as const

/** Specs this protocol includes (e.g. 8/MMI), with their constants. */
export const included = {} as const

/** Command byte of each message type that carries one. */
export const commandBytes = {} as const

export const requirements: readonly Requirement[] = [
  {
    "id": "BSTAR-1",
    "level": "must",
    "roles": [
      "pair"
    ],
    "source": "text",
    "statement": "A pair is exactly two servers, one configured as primary and one as backup, each told the other's address."
  },
  {
    "id": "BSTAR-2",
    "level": "must",
    "roles": [
      "pair"
    ],
    "source": "code",
    "statement": "Each server publishes its own state on a PUB socket and receives its peer's on a SUB socket subscribed to everything."
  },
  {
    "id": "BSTAR-3",
    "level": "must",
    "roles": [
      "pair"
    ],
    "source": "code",
    "statement": "A state message is one frame holding the sender's state in ASCII decimal: \"1\" PRIMARY, \"2\" BACKUP, \"3\" ACTIVE, \"4\" PASSIVE."
  },
  {
    "id": "BSTAR-4",
    "level": "must",
    "roles": [
      "pair"
    ],
    "source": "code",
    "statement": "A server publishes its state every heartbeat (1000 ms), whatever the client traffic."
  },
  {
    "id": "BSTAR-5",
    "level": "must",
    "roles": [
      "pair"
    ],
    "source": "code",
    "statement": "A server treats its peer as dead when no state message has arrived for 2 heartbeats (2000 ms)."
  },
  {
    "id": "BSTAR-6",
    "level": "must",
    "roles": [
      "pair"
    ],
    "source": "text",
    "statement": "Both servers use the same heartbeat and failover timing."
  },
  {
    "id": "BSTAR-7",
    "level": "must",
    "roles": [
      "pair"
    ],
    "source": "code",
    "statement": "A server starts in PRIMARY or BACKUP, according to its configured role."
  },
  {
    "id": "BSTAR-8",
    "level": "must",
    "roles": [
      "pair"
    ],
    "source": "code",
    "statement": "PRIMARY goes to ACTIVE on PEER_BACKUP and to PASSIVE on PEER_ACTIVE."
  },
  {
    "id": "BSTAR-9",
    "level": "must",
    "roles": [
      "pair"
    ],
    "source": "code",
    "statement": "BACKUP goes to PASSIVE on PEER_ACTIVE."
  },
  {
    "id": "BSTAR-10",
    "level": "must",
    "roles": [
      "pair"
    ],
    "source": "code",
    "statement": "A server in BACKUP answers no client request."
  },
  {
    "id": "BSTAR-11",
    "level": "must",
    "roles": [
      "pair"
    ],
    "source": "code",
    "statement": "PASSIVE goes to ACTIVE on PEER_PRIMARY or PEER_BACKUP: the peer has restarted."
  },
  {
    "id": "BSTAR-12",
    "level": "must",
    "roles": [
      "pair"
    ],
    "source": "code",
    "statement": "PASSIVE goes to ACTIVE on a client request only when the peer is dead, and then serves that request (the client vote)."
  },
  {
    "id": "BSTAR-13",
    "level": "must",
    "roles": [
      "pair"
    ],
    "source": "code",
    "statement": "PASSIVE drops client requests unanswered while the peer is alive."
  },
  {
    "id": "BSTAR-14",
    "level": "must",
    "roles": [
      "pair"
    ],
    "source": "code",
    "statement": "ACTIVE serves every client request."
  },
  {
    "id": "BSTAR-15",
    "level": "must",
    "roles": [
      "pair"
    ],
    "source": "code",
    "statement": "Only process exit ends ACTIVE: no event turns an active server passive."
  },
  {
    "id": "BSTAR-16",
    "level": "must",
    "roles": [
      "pair"
    ],
    "source": "code",
    "statement": "PEER_ACTIVE received in ACTIVE is fatal: the server reports dual actives and exits."
  },
  {
    "id": "BSTAR-17",
    "level": "must",
    "roles": [
      "pair"
    ],
    "source": "code",
    "statement": "PEER_PASSIVE received in PASSIVE is fatal: the server reports dual passives and exits."
  },
  {
    "id": "BSTAR-18",
    "level": "must",
    "roles": [
      "pair"
    ],
    "source": "code",
    "statement": "Every other state and event pair leaves the state unchanged."
  },
  {
    "id": "BSTAR-19",
    "level": "should",
    "roles": [
      "pair"
    ],
    "source": "code",
    "statement": "In PRIMARY a client request is served, and the server goes ACTIVE, only if the peer is dead; otherwise it is dropped (the reactor bstar.c; the proof of concept serves it and stays PRIMARY)."
  },
  {
    "id": "BSTAR-20",
    "level": "must-not",
    "roles": [
      "pair"
    ],
    "source": "code",
    "statement": "A server sends any reply to a request it rejects: no error and no redirect."
  },
  {
    "id": "BSTAR-21",
    "level": "must",
    "roles": [
      "pair"
    ],
    "source": "text",
    "statement": "A passive server takes over from a vanished active one only when both hold: its peer is silent and a client asks it (the split-brain guard)."
  },
  {
    "id": "BSTAR-22",
    "level": "must",
    "roles": [
      "pair"
    ],
    "source": "text",
    "statement": "Recovery to the primary is manual: a running active server never hands over by itself."
  },
  {
    "id": "BSTAR-23",
    "level": "must",
    "roles": [
      "pair"
    ],
    "source": "text",
    "statement": "The peers share a dedicated network path; the pair is never split across two sites that each have their own clients."
  },
  {
    "id": "BSTAR-24",
    "level": "must",
    "roles": [
      "pair"
    ],
    "source": "text",
    "statement": "Either server may be started first."
  },
  {
    "id": "BSTAR-25",
    "level": "should",
    "roles": [
      "pair",
      "client"
    ],
    "source": "text",
    "statement": "Failover takes under 60 s, preferably under 10 s."
  },
  {
    "id": "BSTAR-26",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "text",
    "statement": "The client knows both addresses and starts with the primary."
  },
  {
    "id": "BSTAR-27",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "code",
    "statement": "After a timeout the client closes its socket, switches to the other server, waits the settle delay and resends the same request on a new socket."
  },
  {
    "id": "BSTAR-28",
    "level": "should",
    "roles": [
      "client"
    ],
    "source": "text",
    "statement": "The client's pause between servers is at least the server failover timeout."
  },
  {
    "id": "BSTAR-29",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "code",
    "statement": "The client alternates between the two servers with no limit."
  },
  {
    "id": "BSTAR-30",
    "level": "should",
    "roles": [
      "client"
    ],
    "source": "text",
    "statement": "The client detects a dead server by heartbeating."
  },
  {
    "id": "BSTAR-31",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "text",
    "statement": "After a failover the client rebuilds any state it needs on the server; servers replicate nothing."
  },
  {
    "id": "BSTAR-32",
    "level": "should",
    "roles": [
      "client"
    ],
    "source": "text",
    "statement": "A client that needs reliability resends requests lost in the failover."
  },
  {
    "id": "BSTAR-33",
    "level": "may",
    "roles": [
      "pair"
    ],
    "source": "text",
    "statement": "Clean shutdown: the passive first, or both within seconds of each other."
  }
]
