import assert from "node:assert/strict"
import { describe, it } from "node:test"
import type { GoldenVector } from "../../src/codec"
import { vectors } from "../../src/generated/mdp-0.1"
import { codecFor, hex, messageTypes } from "./helpers"

/**
 * Golden vectors come from each schema's x-vectors (zproto <test>,
 * mqtt-packet testParseGenerate). Each one expands into three tests: the
 * frames decode to the message, the message encodes to exactly those frames
 * (compared as hex, frame by frame), and decode(encode(message)) gives the
 * message back.
 */
function testVector(v: GoldenVector): void {
  describe(`${v.type} "${v.name}"`, () => {
    it(`${v.type} - decode gives the message`, () => {
      const result = codecFor(v.type).decode(v.frames)
      assert.ok(result.ok, `decode failed: ${JSON.stringify(result)}`)
      assert.deepEqual(result.value, v.message)
    })

    it(`${v.type} - encode gives the frames`, () => {
      const encoded = codecFor(v.type).encode(v.message)
      assert.deepEqual(hex(encoded), hex(v.frames))
    })

    it(`${v.type} - mirror: decode(encode(message)) is the message`, () => {
      const { encode, decode } = codecFor(v.type)
      const result = decode(encode(v.message))
      assert.ok(result.ok, `decode failed: ${JSON.stringify(result)}`)
      assert.deepEqual(result.value, v.message)
    })
  })
}

describe("mdp-0.1 golden vectors", () => {
  for (const v of vectors) testVector(v)

  it("should have at least one vector for every message type", () => {
    const covered = new Set(vectors.map(v => v.type))
    const missing = messageTypes.filter(t => !covered.has(t))
    assert.deepEqual(missing, [], `message types without an x-vectors entry`)
    assert.ok(messageTypes.length >= 10, "the codec exports every message")
  })

  it("should name every vector uniquely within its type", () => {
    const keys = vectors.map(v => `${v.type}/${v.name}`)
    assert.equal(new Set(keys).size, keys.length)
  })
})
