import assert from "node:assert/strict"
import { describe, it } from "node:test"
import fc from "fast-check"
import * as generated from "../../src/generated/bstar"
import { codecOf, decodeError, frames, testVector } from "../codec/helpers"

const bstar = codecOf(generated)
const { decodePeerState, decodeClientRequest, decodeServerReply } = generated

describe("bstar golden vectors", () => {
  for (const v of generated.vectors) testVector(bstar, v)

  it("should have a vector for every message type", () => {
    const covered = new Set(generated.vectors.map(v => v.type))
    assert.deepEqual(
      bstar.messageTypes.filter(t => !covered.has(t)),
      [],
    )
  })
})

describe('BSTAR-3: a state message is one frame, "1" to "4"', () => {
  decodeError(
    '"5" (CLIENT_REQUEST) is never sent',
    decodePeerState,
    frames("5"),
    {
      code: "schema",
      frame: 0,
      rule: "BSTAR-3",
    },
  )
  decodeError('"0" is no state', decodePeerState, frames("0"), {
    code: "schema",
    frame: 0,
    rule: "BSTAR-3",
  })
  decodeError(
    "a terminator is not allowed",
    decodePeerState,
    [Buffer.from("3\0")],
    {
      code: "schema",
      frame: 0,
      rule: "BSTAR-3",
    },
  )
  decodeError(
    "a second frame is not allowed",
    decodePeerState,
    frames("3", "3"),
    {
      code: "extra-frame",
      frame: 1,
      rule: "BSTAR-3",
    },
  )
  decodeError("an empty message", decodePeerState, [], {
    code: "empty-message",
    frame: 0,
    rule: "BSTAR-3",
  })
  it("a binary state byte (not ASCII) is refused", () => {
    assert.equal(decodePeerState([Buffer.from([3])]).ok, false)
  })
})

describe("requests and replies carry REQ's empty delimiter", () => {
  decodeError(
    "BSTAR-27: a request with no delimiter",
    decodeClientRequest,
    frames("1"),
    { code: "bad-delimiter", frame: 0, rule: "BSTAR-27" },
  )
  decodeError(
    "BSTAR-27: a delimiter and nothing else",
    decodeClientRequest,
    frames(""),
    { code: "missing-frame", frame: 1, rule: "BSTAR-27" },
  )
  decodeError(
    "BSTAR-14: a reply with no delimiter",
    decodeServerReply,
    frames("not active"),
    { code: "bad-delimiter", frame: 0, rule: "BSTAR-14" },
  )
})

describe("decoders never throw", () => {
  it("on any frames at all", () => {
    const anyFrames = fc.array(fc.uint8Array({ maxLength: 8 }), {
      maxLength: 4,
    })
    fc.assert(
      fc.property(anyFrames, fs => {
        for (const [, decode] of bstar.decoders) {
          const r = decode(fs)
          assert.equal(typeof r.ok, "boolean")
        }
      }),
    )
  })
})
