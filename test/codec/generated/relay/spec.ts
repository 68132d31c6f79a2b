/*
 * GENERATED from specs/*.yaml and schemas/relay/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Relay test protocol 1: spec.ts)
 */
import type { Requirement } from "../../../../src/codec"

export const spec = {
  "protocol": "relay/1",
  "title": "Relay test protocol 1",
  "status": "test",
  "schemas": "relay",
  "roles": {
    "hub": {
      "socket": "ROUTER",
      "binds": true,
      "description": "forwards along the hops a node names"
    },
    "node": {
      "socket": "DEALER",
      "connects": "hub",
      "description": "sends and receives relayed parts"
    }
  }
} as const

/** Specs this protocol includes (e.g. 8/MMI), with their constants. */
export const included = {} as const

/** Command byte of each message type that carries one. */
export const commandBytes = {
  "Delivery": "0x02",
  "Forward": "0x01",
  "Ping": "0x03",
  "Receipt": "0x04"
} as const

export const requirements: readonly Requirement[] = [
  {
    "id": "REL-1",
    "level": "must",
    "roles": [
      "hub",
      "node"
    ],
    "source": "keyword",
    "statement": "Every message carries the RLY1 signature frame, after the envelope when there is one."
  },
  {
    "id": "REL-2",
    "level": "must",
    "roles": [
      "hub",
      "node"
    ],
    "source": "keyword",
    "statement": "An envelope is one or more routing frames of 1 to 255 bytes, ended by an empty delimiter frame."
  },
  {
    "id": "REL-3",
    "level": "must",
    "roles": [
      "hub",
      "node"
    ],
    "source": "keyword",
    "statement": "The kind byte follows the signature: 0x01 Forward, 0x02 Delivery, 0x03 Ping, 0x04 Receipt."
  },
  {
    "id": "REL-4",
    "level": "must",
    "roles": [
      "hub",
      "node"
    ],
    "source": "keyword",
    "statement": "A Forward or Delivery carries one or more body frames, last."
  },
  {
    "id": "REL-5",
    "level": "must",
    "roles": [
      "node"
    ],
    "source": "keyword",
    "statement": "A Forward names its topic: 1 to 32 printable characters."
  },
  {
    "id": "REL-6",
    "level": "must",
    "roles": [
      "hub"
    ],
    "source": "keyword",
    "statement": "A Receipt carries the decimal sequence number of the Forward it confirms, and nothing after it."
  }
]
