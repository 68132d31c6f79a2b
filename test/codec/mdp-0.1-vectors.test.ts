import assert from "node:assert/strict"
import { describe, it } from "node:test"
import * as generated from "../../src/generated/mdp-0.1"
import { codecOf, messageTypes, testVector } from "./helpers"

const mdp01 = codecOf(generated)
const { vectors } = generated

describe("mdp-0.1 golden vectors", () => {
  for (const v of vectors) testVector(mdp01, v)

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
