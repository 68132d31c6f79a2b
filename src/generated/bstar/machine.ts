/*
 * GENERATED from specs/*.yaml and schemas/bstar/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Binary Star primary/backup pair: machine.ts)
 */
export type StateName = "PRIMARY" | "BACKUP" | "ACTIVE" | "PASSIVE"
export type EventName = "PEER_PRIMARY" | "PEER_BACKUP" | "PEER_ACTIVE" | "PEER_PASSIVE" | "CLIENT_REQUEST"
export type GuardName = "peerDead"
export type ActionName = "serve" | "drop" | "fatal"

/** One way a state meets an event: taken when `when` holds (or always, without it). */
export interface Branch {
  readonly when?: GuardName
  /** The next state; absent, the state is unchanged. */
  readonly to?: StateName
  readonly do?: ActionName
  /** What a fatal action reports. */
  readonly error?: string
  /** The requirement this cell of the table is. */
  readonly rule: string
}

export const states: Readonly<Record<StateName, { readonly value: number; readonly description: string }>> = {
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
}

export const events: Readonly<Record<EventName, { readonly value: number; readonly peer?: StateName; readonly description: string }>> = {
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
}

export const guards: Readonly<Record<GuardName, string>> = {
  "peerDead": "no state message from the peer for peerExpiryHeartbeats x heartbeatMs (BSTAR-5)"
}

export const actions: Readonly<Record<ActionName, string>> = {
  "serve": "answer the request (the application's reply; echo by default)",
  "drop": "read the request and discard it, with no reply of any kind (BSTAR-20)",
  "fatal": "report the error and exit the process"
}

/** The first state of each configured role. */
export const initial = {
  "primary": "PRIMARY",
  "backup": "BACKUP"
} as const satisfies Readonly<Record<string, StateName>>

/** The event a peer's published state value (as sent on the wire) stands for. */
export const peerEvents: Readonly<Record<string, EventName>> = {
  "1": "PEER_PRIMARY",
  "2": "PEER_BACKUP",
  "3": "PEER_ACTIVE",
  "4": "PEER_PASSIVE"
}

/** state -> event -> branches, tried in order; the last has no `when`. */
export const transitions: Readonly<Record<StateName, Readonly<Record<EventName, readonly Branch[]>>>> = {
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
