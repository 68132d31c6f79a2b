import assert from "node:assert/strict"
import { describe, it } from "node:test"
import type { Validator } from "../../src/codec"
import { emitValidators } from "../../src/codegen/emit-validators"
import type { LoadedProtocol } from "../../src/codegen/load"

// Generated validators run in projects that do not install ajv (issue 12):
// the helpers ajv's standalone code calls are written out in the file.

const schema = {
  $id: "https://example.org/t/m.schema.json",
  title: "M",
  type: "object",
  properties: {
    name: { type: "string", minLength: 2, maxLength: 3 },
    shape: { enum: [{ w: 1, h: [2, 3] }, "round"] },
  },
  required: ["name", "shape"],
  "x-frames": [],
}
const protocol = {
  spec: {
    protocol: "t",
    title: "T",
    schemas: "t",
    channels: {},
    requirements: [],
  },
  included: {},
  messages: [schema],
  common: [],
} as unknown as LoadedProtocol

/** Loads CommonJS text with a require() that refuses everything. */
function load(js: string): Record<string, Validator> {
  const module = { exports: {} as Record<string, Validator> }
  const refuse = (id: string) => {
    throw new Error(`validators.js required ${id}`)
  }
  new Function("module", "exports", "require", js)(
    module,
    module.exports,
    refuse,
  )
  return module.exports
}

describe("standalone validators", () => {
  const { js, dts } = emitValidators(protocol, "some/runtime")
  const { M } = load(js)

  it("should require nothing, ajv included", () => {
    assert.doesNotMatch(js, /require\(/)
    assert.match(dts, /from "some\/runtime"/)
  })

  it("should count string length in code points (an emoji is one character)", () => {
    assert.equal(M({ name: "a😀", shape: "round" }), true)
    assert.equal(M({ name: "😀", shape: "round" }), false)
    assert.equal(M({ name: "abcd", shape: "round" }), false)
  })

  it("should compare enum objects deeply", () => {
    assert.equal(M({ name: "ab", shape: { h: [2, 3], w: 1 } }), true)
    assert.equal(M({ name: "ab", shape: { w: 1, h: [2, 4] } }), false)
    assert.equal(M({ name: "ab", shape: { w: 1, h: [2, 3], d: 0 } }), false)
  })
})
