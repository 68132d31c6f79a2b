import assert from "node:assert/strict"
import { describe, it } from "node:test"
import * as flp from "../../src/generated/flp"
import { codecOf, frames, testVector } from "../codec/helpers"

const codec = codecOf(flp)

describe("flp golden vectors", () => {
  for (const v of flp.vectors) testVector(codec, v)

  it("should have a vector for every message type", () => {
    const covered = new Set(flp.vectors.map(v => v.type))
    assert.deepEqual(
      codec.messageTypes.filter(t => !covered.has(t)),
      [],
    )
  })
})

describe("flp channels", () => {
  it("fromClient - one frame PING is a ping (FLP-1)", () => {
    const d = flp.decodeFromClient(frames("PING"))
    assert.ok(d.ok)
    assert.equal(d.value.command, "PING")
  })

  it("fromClient - PING with a body frame is a request whose CCF reads PING (FLP-3)", () => {
    const d = flp.decodeFromClient(frames("PING", "x"))
    assert.ok(d.ok)
    assert.equal(d.value.command, "REQUEST")
  })

  it("fromClient - a lone frame other than PING breaks FLP-3 (a request needs a body)", () => {
    const d = flp.decodeFromClient(frames("HELLO"))
    assert.ok(!d.ok)
    assert.equal(d.error.rule, "FLP-3")
  })

  it("fromClient - a lower-case ping is not a ping", () => {
    const d = flp.decodeClientPing(frames("ping"))
    assert.ok(!d.ok)
    assert.equal(d.error.frame, 0)
    assert.equal(d.error.rule, "FLP-1")
  })

  it("toClient - a reply with no body frame breaks FLP-4", () => {
    const d = flp.decodeToClient(frames("7"))
    assert.ok(!d.ok)
    assert.equal(d.error.rule, "FLP-4")
  })

  it("toClient - a PONG is one frame (FLP-2)", () => {
    const d = flp.decodeToClient(frames("PONG"))
    assert.ok(d.ok)
    assert.equal(d.value.command, "PONG")
  })

  it("toClient - an empty CCF is kept (a REQ client's delimiter doubles as CCF)", () => {
    const d = flp.decodeToClient(frames("", "world"))
    assert.ok(d.ok && d.value.command === "REPLY")
    assert.equal(d.value.ccf.length, 0)
  })
})
