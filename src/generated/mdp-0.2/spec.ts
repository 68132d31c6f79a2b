/*
 * GENERATED from specs/*.yaml and schemas/mdp-0.2/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (18/MDP Majordomo Protocol 0.2: spec.ts)
 */
import type { Requirement } from "../../codec"

export const spec = {
  "protocol": "mdp/0.2",
  "title": "18/MDP Majordomo Protocol 0.2",
  "rfc": "https://rfc.zeromq.org/spec/18/",
  "status": "draft",
  "schemas": "mdp-0.2",
  "includes": [
    "mmi",
    "marque",
    "curve"
  ],
  "roles": {
    "broker": {
      "socket": "ROUTER",
      "binds": true,
      "description": "routes requests from clients to workers by service name and relays each PARTIAL and the FINAL back"
    },
    "worker": {
      "socket": "DEALER",
      "connects": "broker",
      "description": "serves exactly one service, one request at a time, answering with zero or more PARTIAL then one FINAL"
    },
    "client": {
      "socket": "DEALER",
      "connects": "broker",
      "description": "sends requests for a service and reads zero or more PARTIAL, then one FINAL"
    }
  },
  "headers": {
    "client": "MDPC02",
    "worker": "MDPW02"
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
        "MDP2-1",
        "MDP2-2",
        "MDP2-3",
        "MDP2-4",
        "MDP2-5"
      ]
    },
    {
      "title": "MDP/Client protocol",
      "ids": [
        "MDP2-6",
        "MDP2-7",
        "MDP2-8",
        "MDP2-9",
        "MDP2-10",
        "MDP2-11",
        "MDP2-12",
        "MDP2-13",
        "MDP2-14",
        "MDP2-15",
        "MDP2-16"
      ]
    },
    {
      "title": "MDP/Worker protocol",
      "ids": [
        "MDP2-17",
        "MDP2-18",
        "MDP2-19",
        "MDP2-20",
        "MDP2-21",
        "MDP2-22",
        "MDP2-23"
      ]
    },
    {
      "title": "Opening and closing a connection",
      "ids": [
        "MDP2-24",
        "MDP2-25",
        "MDP2-26",
        "MDP2-27",
        "MDP2-28",
        "MDP2-29",
        "MDP2-30",
        "MDP2-31",
        "MDP2-32",
        "MDP2-33",
        "MDP2-34",
        "MDP2-35",
        "MDP2-36",
        "MDP2-37"
      ]
    },
    {
      "title": "Request and reply processing",
      "ids": [
        "MDP2-38",
        "MDP2-39",
        "MDP2-40",
        "MDP2-41",
        "MDP2-50"
      ]
    },
    {
      "title": "Heartbeating",
      "ids": [
        "MDP2-42",
        "MDP2-43",
        "MDP2-44",
        "MDP2-45",
        "MDP2-46",
        "MDP2-47",
        "MDP2-48",
        "MDP2-49"
      ]
    },
    {
      "title": "Reliability",
      "ids": [
        "MDP2-51"
      ]
    },
    {
      "title": "Security",
      "ids": [
        "MDP2-52"
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
  "ClientFinal": "0x03",
  "ClientPartial": "0x02",
  "ClientRequest": "0x01",
  "MmiNotImplemented": "0x03",
  "MmiServiceReply": "0x03",
  "MmiServiceRequest": "0x01",
  "WorkerDisconnect": "0x06",
  "WorkerFinal": "0x04",
  "WorkerHeartbeat": "0x05",
  "WorkerPartial": "0x03",
  "WorkerReady": "0x01",
  "WorkerRequest": "0x02"
} as const

export const requirements: readonly Requirement[] = [
  {
    "id": "MDP2-1",
    "level": "may",
    "roles": [
      "broker"
    ],
    "source": "keyword",
    "statement": "The broker opens two sockets (clients front-end, workers back-end) or a single one.",
    "counterpart": "MDP-1"
  },
  {
    "id": "MDP2-2",
    "level": "should",
    "roles": [
      "broker"
    ],
    "source": "keyword",
    "statement": "The broker serves clients fairly.",
    "counterpart": "MDP-2"
  },
  {
    "id": "MDP2-3",
    "level": "may",
    "roles": [
      "broker"
    ],
    "source": "keyword",
    "statement": "The broker hands requests to workers on any basis (round robin, least-recently-used, ...).",
    "counterpart": "MDP-3"
  },
  {
    "id": "MDP2-4",
    "level": "must",
    "roles": [
      "broker"
    ],
    "source": "keyword",
    "statement": "The broker uses a ROUTER socket to accept client requests and worker connections.",
    "counterpart": "MDP-4"
  },
  {
    "id": "MDP2-5",
    "level": "may",
    "roles": [
      "broker"
    ],
    "source": "keyword",
    "statement": "The broker uses one socket per sub-protocol, or one socket for both.",
    "counterpart": "MDP-5"
  },
  {
    "id": "MDP2-6",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "def",
    "statement": "Client REQUEST is [\"MDPC02\"][0x01][service][body 1+] (4+ frames, no leading empty frame).",
    "counterpart": "MDP-6"
  },
  {
    "id": "MDP2-7",
    "level": "must",
    "roles": [
      "broker"
    ],
    "source": "def",
    "statement": "Broker PARTIAL to a client is [\"MDPC02\"][0x02][service][body 1+] (4+ frames)."
  },
  {
    "id": "MDP2-8",
    "level": "must",
    "roles": [
      "broker"
    ],
    "source": "def",
    "statement": "Broker FINAL to a client is [\"MDPC02\"][0x03][service][body 1+] (4+ frames).",
    "counterpart": "MDP-7"
  },
  {
    "id": "MDP2-9",
    "level": "must",
    "roles": [
      "client",
      "broker"
    ],
    "source": "def",
    "statement": "MDP/Client dialog: the client sends REQUEST, the broker answers with zero or more PARTIAL and then exactly one FINAL; repeated.",
    "counterpart": "MDP-8"
  },
  {
    "id": "MDP2-10",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "keyword",
    "statement": "A client uses a DEALER socket."
  },
  {
    "id": "MDP2-11",
    "level": "must",
    "roles": [
      "client"
    ],
    "source": "keyword",
    "statement": "A client accepts any number of PARTIAL replies, including none, before the FINAL."
  },
  {
    "id": "MDP2-12",
    "level": "must-not",
    "roles": [
      "broker"
    ],
    "source": "keyword",
    "statement": "The broker sends the client anything more for a request once it has sent that request's FINAL."
  },
  {
    "id": "MDP2-13",
    "level": "may",
    "roles": [
      "client"
    ],
    "source": "keyword",
    "statement": "The client recovers from a silent broker by any strategy (recommended: poll, on timeout close the socket, reopen, resend; after several retries report failure).",
    "counterpart": "MDP-12"
  },
  {
    "id": "MDP2-14",
    "level": "must",
    "roles": [
      "broker",
      "client",
      "worker"
    ],
    "source": "def",
    "statement": "The REQUEST service frame is a printable string, matched against worker READY service names.",
    "counterpart": "MDP-13"
  },
  {
    "id": "MDP2-15",
    "level": "should",
    "roles": [
      "broker"
    ],
    "source": "keyword",
    "statement": "The broker queues requests for services that have no registered worker.",
    "counterpart": "MDP-14"
  },
  {
    "id": "MDP2-16",
    "level": "should",
    "roles": [
      "broker"
    ],
    "source": "keyword",
    "statement": "The broker expires such requests after a reasonable, configurable time if no worker registers.",
    "counterpart": "MDP-15"
  },
  {
    "id": "MDP2-17",
    "level": "must",
    "roles": [
      "worker"
    ],
    "source": "def",
    "statement": "Worker READY is [\"MDPW02\"][0x01][service], exactly 3 frames.",
    "counterpart": "MDP-16"
  },
  {
    "id": "MDP2-18",
    "level": "must",
    "roles": [
      "broker"
    ],
    "source": "def",
    "statement": "Worker REQUEST is [\"MDPW02\"][0x02][client address][\"\"][body 1+] (5+ frames).",
    "counterpart": "MDP-17"
  },
  {
    "id": "MDP2-19",
    "level": "must",
    "roles": [
      "worker"
    ],
    "source": "def",
    "statement": "Worker PARTIAL is [\"MDPW02\"][0x03][client address][\"\"][body 1+] (5+ frames)."
  },
  {
    "id": "MDP2-20",
    "level": "must",
    "roles": [
      "worker"
    ],
    "source": "def",
    "statement": "Worker FINAL is [\"MDPW02\"][0x04][client address][\"\"][body 1+] (5+ frames).",
    "counterpart": "MDP-18"
  },
  {
    "id": "MDP2-21",
    "level": "must",
    "roles": [
      "broker",
      "worker"
    ],
    "source": "def",
    "statement": "HEARTBEAT is [\"MDPW02\"][0x05], exactly 2 frames.",
    "counterpart": "MDP-19"
  },
  {
    "id": "MDP2-22",
    "level": "must",
    "roles": [
      "broker",
      "worker"
    ],
    "source": "def",
    "statement": "DISCONNECT is [\"MDPW02\"][0x06], exactly 2 frames.",
    "counterpart": "MDP-20"
  },
  {
    "id": "MDP2-23",
    "level": "must",
    "roles": [
      "broker",
      "worker",
      "client"
    ],
    "source": "def",
    "statement": "Every MDP command carries the protocol header, so each received message can be validated.",
    "counterpart": "MDP-22"
  },
  {
    "id": "MDP2-24",
    "level": "must",
    "roles": [
      "worker"
    ],
    "source": "keyword",
    "statement": "A worker connects to exactly one broker through exactly one DEALER socket.",
    "counterpart": "MDP-23"
  },
  {
    "id": "MDP2-25",
    "level": "must",
    "roles": [
      "worker"
    ],
    "source": "def",
    "statement": "The worker opens the logical connection: new socket, connect, then READY naming its service.",
    "counterpart": "MDP-24"
  },
  {
    "id": "MDP2-26",
    "level": "must",
    "roles": [
      "worker"
    ],
    "source": "def",
    "statement": "A worker serves exactly one service.",
    "counterpart": "MDP-25"
  },
  {
    "id": "MDP2-27",
    "level": "may",
    "roles": [
      "broker"
    ],
    "source": "keyword",
    "statement": "Many workers register the same service.",
    "counterpart": "MDP-26"
  },
  {
    "id": "MDP2-28",
    "level": "must-not",
    "roles": [
      "worker"
    ],
    "source": "keyword",
    "statement": "A worker sends a second READY on the same connection.",
    "counterpart": "MDP-27"
  },
  {
    "id": "MDP2-29",
    "level": "must",
    "roles": [
      "broker"
    ],
    "source": "def",
    "statement": "The broker sends no response to READY.",
    "counterpart": "MDP-28"
  },
  {
    "id": "MDP2-30",
    "level": "should",
    "roles": [
      "worker"
    ],
    "source": "keyword",
    "statement": "The worker assumes registration succeeded unless it gets DISCONNECT or heartbeating shows broker failure.",
    "counterpart": "MDP-29"
  },
  {
    "id": "MDP2-31",
    "level": "may",
    "roles": [
      "worker"
    ],
    "source": "keyword",
    "statement": "A worker sends DISCONNECT at any time, including before READY.",
    "counterpart": "MDP-30"
  },
  {
    "id": "MDP2-32",
    "level": "must",
    "roles": [
      "broker"
    ],
    "source": "keyword",
    "statement": "After receiving DISCONNECT from a worker, the broker sends that worker no further commands.",
    "counterpart": "MDP-31"
  },
  {
    "id": "MDP2-33",
    "level": "may",
    "roles": [
      "broker"
    ],
    "source": "keyword",
    "statement": "The broker sends DISCONNECT at any time after it has received at least one command from that worker.",
    "counterpart": "MDP-32"
  },
  {
    "id": "MDP2-34",
    "level": "must",
    "roles": [
      "broker"
    ],
    "source": "keyword",
    "statement": "The broker answers any valid but unexpected command with DISCONNECT, then sends that worker nothing more.",
    "counterpart": "MDP-33"
  },
  {
    "id": "MDP2-35",
    "level": "should",
    "roles": [
      "broker"
    ],
    "source": "keyword",
    "statement": "The broker drops invalid messages and treats the sending peer as invalid.",
    "counterpart": "MDP-34"
  },
  {
    "id": "MDP2-36",
    "level": "must",
    "roles": [
      "worker"
    ],
    "source": "lc",
    "statement": "A worker that receives DISCONNECT sends no further commands to the broker.",
    "counterpart": "MDP-35"
  },
  {
    "id": "MDP2-37",
    "level": "must",
    "roles": [
      "worker"
    ],
    "source": "keyword",
    "statement": "A worker that receives DISCONNECT closes its socket and reconnects on a new socket.",
    "counterpart": "MDP-36"
  },
  {
    "id": "MDP2-38",
    "level": "must",
    "roles": [
      "worker"
    ],
    "source": "keyword",
    "statement": "For each REQUEST a worker sends zero or more PARTIAL and then exactly one FINAL."
  },
  {
    "id": "MDP2-39",
    "level": "must",
    "roles": [
      "broker",
      "worker"
    ],
    "source": "keyword",
    "statement": "REQUEST, PARTIAL and FINAL contain exactly one client address frame.",
    "counterpart": "MDP-37"
  },
  {
    "id": "MDP2-40",
    "level": "must",
    "roles": [
      "broker",
      "worker"
    ],
    "source": "keyword",
    "statement": "The client address frame is followed by an empty frame.",
    "counterpart": "MDP-38"
  },
  {
    "id": "MDP2-41",
    "level": "must",
    "roles": [
      "broker"
    ],
    "source": "def",
    "statement": "The broker relays each worker PARTIAL as a client PARTIAL and the worker FINAL as a client FINAL, to the client named by the address frame.",
    "counterpart": "MDP-39"
  },
  {
    "id": "MDP2-42",
    "level": "must",
    "roles": [
      "broker",
      "worker"
    ],
    "source": "def",
    "statement": "HEARTBEAT is valid only after READY (earlier it is unexpected -> MDP2-34).",
    "counterpart": "MDP-40"
  },
  {
    "id": "MDP2-43",
    "level": "must",
    "roles": [
      "broker",
      "worker"
    ],
    "source": "def",
    "statement": "Every received command except DISCONNECT counts as a heartbeat.",
    "counterpart": "MDP-41"
  },
  {
    "id": "MDP2-44",
    "level": "should-not",
    "roles": [
      "broker",
      "worker"
    ],
    "source": "keyword",
    "statement": "A peer sends HEARTBEAT while it is also sending other commands.",
    "counterpart": "MDP-42"
  },
  {
    "id": "MDP2-45",
    "level": "must",
    "roles": [
      "broker",
      "worker"
    ],
    "source": "keyword",
    "statement": "Broker and worker both send heartbeats at regular, agreed intervals.",
    "counterpart": "MDP-43"
  },
  {
    "id": "MDP2-46",
    "level": "must",
    "roles": [
      "broker",
      "worker"
    ],
    "source": "keyword",
    "statement": "A peer treats the other as disconnected when no heartbeat arrives within a multiple (usually 3-5) of the interval.",
    "counterpart": "MDP-44"
  },
  {
    "id": "MDP2-47",
    "level": "should",
    "roles": [
      "worker"
    ],
    "source": "keyword",
    "statement": "A worker that detects broker loss starts a new conversation.",
    "counterpart": "MDP-45"
  },
  {
    "id": "MDP2-48",
    "level": "should",
    "roles": [
      "broker"
    ],
    "source": "keyword",
    "statement": "A broker that detects worker loss stops sending it messages of any kind.",
    "counterpart": "MDP-46"
  },
  {
    "id": "MDP2-49",
    "level": "should",
    "roles": [
      "broker",
      "worker"
    ],
    "source": "lc",
    "statement": "Broker and worker heartbeat rates are set to similar values.",
    "counterpart": "MDP-47"
  },
  {
    "id": "MDP2-50",
    "level": "must",
    "roles": [
      "broker"
    ],
    "source": "implied",
    "statement": "The broker gives a worker at most one request at a time.",
    "counterpart": "MDP-48"
  },
  {
    "id": "MDP2-51",
    "level": "may",
    "roles": [
      "broker"
    ],
    "source": "keyword",
    "statement": "The broker resends a request to another worker when a worker dies (workers are idempotent).",
    "counterpart": "MDP-49"
  },
  {
    "id": "MDP2-52",
    "level": "should-not",
    "roles": [
      "broker",
      "worker",
      "client"
    ],
    "source": "info",
    "statement": "MDP is used where authentication, access control or encryption is required.",
    "counterpart": "MDP-50"
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
