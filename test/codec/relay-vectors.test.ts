import assert from "node:assert/strict"
import { describe, it } from "node:test"
import * as generated from "./generated/relay"
import { codecOf, frames, hex, testVector } from "./helpers"

// The made-up relay protocol (test/codec/fixtures) puts an address envelope
// first (Delivery, Receipt) and in the middle (Forward) of a message.
const relay = codecOf(generated)
const { vectors } = generated

describe("relay golden vectors (envelope frames)", () => {
  for (const v of vectors) testVector(relay, v)

  it("should have at least one vector for every message type", () => {
    const covered = new Set(vectors.map(v => v.type))
    assert.deepEqual(
      relay.messageTypes.filter(t => !covered.has(t)),
      [],
    )
  })

  it("encode - should end the envelope with exactly one empty delimiter frame", () => {
    const encoded = generated.encodeForward({
      kind: "FORWARD",
      hops: [Buffer.from("a"), Buffer.from("b"), Buffer.from("c")],
      topic: "t",
      body: [Buffer.from("x")],
    })
    assert.deepEqual(
      hex(encoded),
      hex(frames("RLY1", 1, "a", "b", "c", "", "t", "x")),
    )
  })

  it("decode - the envelope takes the frames up to the first empty one, the body may hold more empty frames", () => {
    const result = generated.decodeDelivery(
      frames("a", "b", "", "RLY1", 0x02, "", "", "z"),
    )
    assert.ok(result.ok, JSON.stringify(result))
    assert.deepEqual(result.value.route, frames("a", "b"))
    assert.deepEqual(result.value.body, frames("", "", "z"))
  })

  it("decodeFromHub - should tell a Delivery, a Receipt and a Ping apart", () => {
    const kinds = [
      frames("n", "", "RLY1", 0x02, "hi"),
      frames("n", "m", "", "RLY1", 0x04, "7"),
      frames("RLY1", 0x03),
    ].map(f => {
      const r = generated.decodeFromHub(f)
      assert.ok(r.ok, JSON.stringify(r))
      return r.value.kind
    })
    assert.deepEqual(kinds, ["DELIVERY", "RECEIPT", "PING"])
  })

  it("commandBytes - should come from the first hex literal, whatever its name", () => {
    assert.deepEqual(generated.commandBytes, {
      Delivery: "0x02",
      Forward: "0x01",
      Ping: "0x03",
      Receipt: "0x04",
    })
  })
})
