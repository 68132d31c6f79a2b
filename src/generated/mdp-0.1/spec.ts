/*
 * GENERATED from specs/*.yaml and schemas/mdp-0.1/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (7/MDP Majordomo Protocol 0.1: spec.ts)
 */
import type { Requirement } from "../../codec"

export const spec = {
  "protocol": "mdp/0.1",
  "title": "7/MDP Majordomo Protocol 0.1",
  "rfc": "https://rfc.zeromq.org/spec/7/",
  "status": "stable",
  "schemas": "mdp-0.1",
  "includes": [
    "mmi",
    "marque",
    "curve"
  ],
  "roles": {
    "broker": {
      "socket": "ROUTER",
      "binds": true,
      "description": "routes requests from clients to workers by service name"
    },
    "worker": {
      "socket": "DEALER",
      "connects": "broker",
      "description": "serves exactly one service, one request at a time"
    },
    "client": {
      "socket": [
        "REQ",
        "DEALER"
      ],
      "connects": "broker",
      "description": "sends requests for a service and waits for replies"
    }
  },
  "headers": {
    "client": "MDPC01",
    "worker": "MDPW01"
  },
  "timing": {
    "heartbeatIntervalMs": 2500,
    "heartbeatLiveness": 3,
    "reconnectDelayMs": 2500,
    "clientTimeoutMs": 2500,
    "clientRetries": 3
  },
  "sections": [
    {
      "title": "Overall topology",
      "ids": [
        "MDP-1",
        "MDP-2",
        "MDP-3",
        "MDP-4",
        "MDP-5"
      ]
    },
    {
      "title": "MDP/Client protocol",
      "ids": [
        "MDP-6",
        "MDP-7",
        "MDP-8",
        "MDP-9",
        "MDP-10",
        "MDP-11",
        "MDP-12",
        "MDP-13",
        "MDP-14",
        "MDP-15"
      ]
    },
    {
      "title": "MDP/Worker protocol",
      "ids": [
        "MDP-16",
        "MDP-17",
        "MDP-18",
        "MDP-19",
        "MDP-20",
        "MDP-21",
        "MDP-22"
      ]
    },
    {
      "title": "Opening and closing a connection",
      "ids": [
        "MDP-23",
        "MDP-24",
        "MDP-25",
        "MDP-26",
        "MDP-27",
        "MDP-28",
        "MDP-29",
        "MDP-30",
        "MDP-31",
        "MDP-32",
        "MDP-33",
        "MDP-34",
        "MDP-35",
        "MDP-36"
      ]
    },
    {
      "title": "Request and reply processing",
      "ids": [
        "MDP-37",
        "MDP-38",
        "MDP-39",
        "MDP-48"
      ]
    },
    {
      "title": "Heartbeating",
      "ids": [
        "MDP-40",
        "MDP-41",
        "MDP-42",
        "MDP-43",
        "MDP-44",
        "MDP-45",
        "MDP-46",
        "MDP-47"
      ]
    },
    {
      "title": "Reliability",
      "ids": [
        "MDP-49"
      ]
    },
    {
      "title": "Security",
      "ids": [
        "MDP-50"
      ]
    }
  ]
} as const

/** Specs this protocol includes (e.g. 8/MMI), with their constants. */
export const included = {
  "mmi": {
    "protocol": "mmi",
    "title": "8/MMI Majordomo Management Interface",
    "rfc": "https://rfc.zeromq.org/spec/8/",
    "status": "stable",
    "constants": {
      "prefix": "mmi.",
      "found": "200",
      "notFound": "404",
      "notImplemented": "501"
    },
    "sections": [
      {
        "title": "The mmi. namespace",
        "ids": [
          "MMI-1",
          "MMI-2",
          "MMI-8"
        ]
      },
      {
        "title": "Services and reply codes",
        "ids": [
          "MMI-3",
          "MMI-4",
          "MMI-5",
          "MMI-6",
          "MMI-7"
        ]
      }
    ]
  },
  "marque": {
    "protocol": "marque",
    "title": "marque suite-defined rules (not in any RFC)",
    "status": "suite"
  },
  "curve": {
    "protocol": "curve",
    "title": "CURVE security (marque's requirements, from RFC 26 CurveZMQ and RFC 27 ZAP)",
    "rfc": "https://rfc.zeromq.org/spec/27/",
    "status": "suite"
  }
} as const

/** Command byte of each message type that carries one. */
export const commandBytes = {
  "WorkerDisconnect": "0x05",
  "WorkerHeartbeat": "0x04",
  "WorkerReady": "0x01",
  "WorkerReply": "0x03",
  "WorkerRequest": "0x02"
} as const

export const requirements: readonly Requirement[] = [
  {
    "id": "MDP-1",
    "level": "may",
    "roles": [
      "broker"
    ],
    "source": "keyword",
    "statement": "The broker opens two sockets (clients front-end, workers back-end); a single socket must also work."
  },
  {
    "id": "MDP-2",
    "level": "should",
    "roles": [
      "broker"
    ],
    "source": "keyword",
    "statement": "The broker serves clients fairly."
  },
  {
    "id": "MDP-3",
    "level": "may",
    "roles": [
      "broker"
    ],
    "source": "keyword",
    "statement": "The broker hands requests to workers on any basis (round robin, least-recently-used, ...)."
  },
  {
    "id": "MDP-4",
    "level": "must",
    "roles": [
      "broker"
    ],
    "source": "keyword",
    "statement": "The broker uses a ROUTER socket to accept client requests and worker connections."
  },
  {
    "id": "MDP-5",
    "level": "may",
    "roles": [
      "broker"
    ],
    "source": "keyword",
    "statement": "The broker uses one socket per sub-protocol, or one socket for both."
  },
  {
    "id": "MDP-6",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "def",
    "statement": "Client REQUEST is [\"\"][\"MDPC01\"][service][body 1+] (4+ frames)."
  },
  {
    "id": "MDP-7",
    "level": "must",
    "roles": [
      "broker"
    ],
    "source": "def",
    "statement": "Broker REPLY to a client is [\"\"][\"MDPC01\"][service][body 1+] (4+ frames)."
  },
  {
    "id": "MDP-8",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "def",
    "statement": "MDP/Client is strictly synchronous: one REQUEST, then one REPLY, repeated; the client starts."
  },
  {
    "id": "MDP-9",
    "level": "should",
    "roles": [
      "client"
    ],
    "source": "keyword",
    "statement": "A synchronous client uses a REQ socket."
  },
  {
    "id": "MDP-10",
    "level": "may",
    "roles": [
      "client"
    ],
    "source": "keyword",
    "statement": "An asynchronous client uses a DEALER socket."
  },
  {
    "id": "MDP-11",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "keyword",
    "statement": "A DEALER client writes the empty frame 0 itself."
  },
  {
    "id": "MDP-12",
    "level": "may",
    "roles": [
      "client"
    ],
    "source": "keyword",
    "statement": "The client recovers from a silent broker by any strategy (recommended: poll, on timeout close the socket, reopen, resend; after several retries report failure)."
  },
  {
    "id": "MDP-13",
    "level": "must",
    "roles": [
      "broker",
      "client",
      "worker"
    ],
    "source": "def",
    "statement": "The REQUEST service frame is a printable string, matched against worker READY service names."
  },
  {
    "id": "MDP-14",
    "level": "should",
    "roles": [
      "broker"
    ],
    "source": "keyword",
    "statement": "The broker queues requests for services that have no registered worker."
  },
  {
    "id": "MDP-15",
    "level": "should",
    "roles": [
      "broker"
    ],
    "source": "keyword",
    "statement": "The broker expires such requests after a reasonable, configurable time if no worker registers."
  },
  {
    "id": "MDP-16",
    "level": "must",
    "roles": [
      "worker"
    ],
    "source": "def",
    "statement": "Worker READY is [\"\"][\"MDPW01\"][0x01][service], exactly 4 frames."
  },
  {
    "id": "MDP-17",
    "level": "must",
    "roles": [
      "broker"
    ],
    "source": "def",
    "statement": "Worker REQUEST is [\"\"][\"MDPW01\"][0x02][client address][\"\"][body 1+] (6+ frames)."
  },
  {
    "id": "MDP-18",
    "level": "must",
    "roles": [
      "worker"
    ],
    "source": "def",
    "statement": "Worker REPLY is [\"\"][\"MDPW01\"][0x03][client address][\"\"][body 1+] (6+ frames)."
  },
  {
    "id": "MDP-19",
    "level": "must",
    "roles": [
      "broker",
      "worker"
    ],
    "source": "def",
    "statement": "HEARTBEAT is [\"\"][\"MDPW01\"][0x04], exactly 3 frames."
  },
  {
    "id": "MDP-20",
    "level": "must",
    "roles": [
      "broker",
      "worker"
    ],
    "source": "def",
    "statement": "DISCONNECT is [\"\"][\"MDPW01\"][0x05], exactly 3 frames."
  },
  {
    "id": "MDP-21",
    "level": "must",
    "roles": [
      "broker",
      "worker"
    ],
    "source": "def",
    "statement": "Every MDP/Worker command begins with an empty frame."
  },
  {
    "id": "MDP-22",
    "level": "must",
    "roles": [
      "broker",
      "worker",
      "client"
    ],
    "source": "def",
    "statement": "Every MDP command carries the protocol header, so each received message can be validated."
  },
  {
    "id": "MDP-23",
    "level": "must",
    "roles": [
      "worker"
    ],
    "source": "keyword",
    "statement": "A worker connects to exactly one broker through exactly one DEALER socket."
  },
  {
    "id": "MDP-24",
    "level": "must",
    "roles": [
      "worker"
    ],
    "source": "def",
    "statement": "The worker opens the logical connection: new socket, connect, then READY naming its service."
  },
  {
    "id": "MDP-25",
    "level": "must",
    "roles": [
      "worker"
    ],
    "source": "def",
    "statement": "A worker serves exactly one service."
  },
  {
    "id": "MDP-26",
    "level": "may",
    "roles": [
      "broker"
    ],
    "source": "keyword",
    "statement": "Many workers register the same service."
  },
  {
    "id": "MDP-27",
    "level": "must-not",
    "roles": [
      "worker"
    ],
    "source": "keyword",
    "statement": "A worker sends a second READY on the same connection."
  },
  {
    "id": "MDP-28",
    "level": "must",
    "roles": [
      "broker"
    ],
    "source": "def",
    "statement": "The broker sends no response to READY."
  },
  {
    "id": "MDP-29",
    "level": "should",
    "roles": [
      "worker"
    ],
    "source": "keyword",
    "statement": "The worker assumes registration succeeded unless it gets DISCONNECT or heartbeating shows broker failure."
  },
  {
    "id": "MDP-30",
    "level": "may",
    "roles": [
      "worker"
    ],
    "source": "keyword",
    "statement": "A worker sends DISCONNECT at any time, including before READY."
  },
  {
    "id": "MDP-31",
    "level": "must",
    "roles": [
      "broker"
    ],
    "source": "keyword",
    "statement": "After receiving DISCONNECT from a worker, the broker sends that worker no further commands."
  },
  {
    "id": "MDP-32",
    "level": "may",
    "roles": [
      "broker"
    ],
    "source": "keyword",
    "statement": "The broker sends DISCONNECT at any time after it has received at least one command from that worker."
  },
  {
    "id": "MDP-33",
    "level": "must",
    "roles": [
      "broker"
    ],
    "source": "keyword",
    "statement": "The broker answers any valid but unexpected command with DISCONNECT, then sends that worker nothing more."
  },
  {
    "id": "MDP-34",
    "level": "should",
    "roles": [
      "broker"
    ],
    "source": "keyword",
    "statement": "The broker drops invalid messages and treats the sending peer as invalid."
  },
  {
    "id": "MDP-35",
    "level": "must",
    "roles": [
      "worker"
    ],
    "source": "lc",
    "statement": "A worker that receives DISCONNECT sends no further commands to the broker."
  },
  {
    "id": "MDP-36",
    "level": "must",
    "roles": [
      "worker"
    ],
    "source": "keyword",
    "statement": "A worker that receives DISCONNECT closes its socket and reconnects on a new socket."
  },
  {
    "id": "MDP-37",
    "level": "must",
    "roles": [
      "broker",
      "worker"
    ],
    "source": "keyword",
    "statement": "REQUEST and REPLY contain exactly one client address frame."
  },
  {
    "id": "MDP-38",
    "level": "must",
    "roles": [
      "broker",
      "worker"
    ],
    "source": "keyword",
    "statement": "The client address frame is followed by an empty frame."
  },
  {
    "id": "MDP-39",
    "level": "must",
    "roles": [
      "broker"
    ],
    "source": "def",
    "statement": "The broker routes a worker REPLY to the client named by the address frame, restoring client framing."
  },
  {
    "id": "MDP-40",
    "level": "must",
    "roles": [
      "broker",
      "worker"
    ],
    "source": "def",
    "statement": "HEARTBEAT is valid only after READY (earlier it is unexpected -> MDP-33)."
  },
  {
    "id": "MDP-41",
    "level": "must",
    "roles": [
      "broker",
      "worker"
    ],
    "source": "def",
    "statement": "Every received command except DISCONNECT counts as a heartbeat."
  },
  {
    "id": "MDP-42",
    "level": "should-not",
    "roles": [
      "broker",
      "worker"
    ],
    "source": "keyword",
    "statement": "A peer sends HEARTBEAT while it is also sending other commands."
  },
  {
    "id": "MDP-43",
    "level": "must",
    "roles": [
      "broker",
      "worker"
    ],
    "source": "keyword",
    "statement": "Broker and worker both send heartbeats at regular, agreed intervals."
  },
  {
    "id": "MDP-44",
    "level": "must",
    "roles": [
      "broker",
      "worker"
    ],
    "source": "keyword",
    "statement": "A peer treats the other as disconnected when no heartbeat arrives within a multiple (usually 3-5) of the interval."
  },
  {
    "id": "MDP-45",
    "level": "should",
    "roles": [
      "worker"
    ],
    "source": "keyword",
    "statement": "A worker that detects broker loss starts a new conversation."
  },
  {
    "id": "MDP-46",
    "level": "should",
    "roles": [
      "broker"
    ],
    "source": "keyword",
    "statement": "A broker that detects worker loss stops sending it messages of any kind."
  },
  {
    "id": "MDP-47",
    "level": "should",
    "roles": [
      "broker",
      "worker"
    ],
    "source": "lc",
    "statement": "Broker and worker heartbeat rates are set to similar values."
  },
  {
    "id": "MDP-48",
    "level": "must",
    "roles": [
      "broker"
    ],
    "source": "implied",
    "statement": "The broker gives a worker at most one request at a time (workers handle one request at a time, one reply each)."
  },
  {
    "id": "MDP-49",
    "level": "may",
    "roles": [
      "broker"
    ],
    "source": "def",
    "statement": "The broker resends a request to another worker when a worker dies (workers are idempotent; goal)."
  },
  {
    "id": "MDP-50",
    "level": "should-not",
    "roles": [
      "broker",
      "worker",
      "client"
    ],
    "source": "info",
    "statement": "MDP is used where authentication, access control or encryption is required."
  },
  {
    "id": "MMI-1",
    "level": "must",
    "roles": [
      "broker"
    ],
    "source": "keyword",
    "statement": "The broker handles every service whose name starts with \"mmi.\" internally; such requests never reach workers."
  },
  {
    "id": "MMI-2",
    "level": "must",
    "roles": [
      "broker"
    ],
    "source": "keyword",
    "statement": "The broker disconnects (MDP DISCONNECT) any worker that tries to register a service in the \"mmi.\" namespace."
  },
  {
    "id": "MMI-3",
    "level": "should",
    "roles": [
      "broker"
    ],
    "source": "keyword",
    "statement": "An MMI-compatible broker implements the default management services."
  },
  {
    "id": "MMI-4",
    "level": "must",
    "roles": [
      "broker"
    ],
    "source": "keyword",
    "statement": "The broker implements mmi.service."
  },
  {
    "id": "MMI-5",
    "level": "must",
    "roles": [
      "broker"
    ],
    "source": "def",
    "statement": "mmi.service, given a service name, replies \"200\" when at least one worker is registered for it."
  },
  {
    "id": "MMI-6",
    "level": "must",
    "roles": [
      "broker"
    ],
    "source": "def",
    "statement": "mmi.service replies \"404\" when no worker is registered for it."
  },
  {
    "id": "MMI-7",
    "level": "must",
    "roles": [
      "broker"
    ],
    "source": "keyword",
    "statement": "Any unimplemented service in the \"mmi.\" namespace gets the reply \"501\"."
  },
  {
    "id": "MMI-8",
    "level": "must",
    "roles": [
      "broker"
    ],
    "source": "def",
    "statement": "MMI requests and replies are ordinary MDP/Client REQUEST/REPLY messages; the service frame is the mmi name."
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
  },
  {
    "id": "SEC-1",
    "level": "must",
    "roles": [
      "broker"
    ],
    "source": "suite",
    "statement": "An IUT that claims CURVE serves a client whose key it allows over a CURVE connection to its public key (RFC 26)."
  },
  {
    "id": "SEC-2",
    "level": "must",
    "roles": [
      "broker"
    ],
    "source": "suite",
    "statement": "A client whose public key the IUT does not allow gets no service (ZAP refuses it, RFC 27), and the IUT keeps serving allowed clients."
  },
  {
    "id": "SEC-3",
    "level": "must",
    "roles": [
      "broker"
    ],
    "source": "suite",
    "statement": "A plaintext (NULL mechanism) peer cannot talk to the IUT's CURVE endpoint: nothing it sends is acted on, and the IUT keeps serving CURVE clients."
  }
]
