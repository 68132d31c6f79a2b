import assert from "node:assert/strict"
import { describe, it } from "node:test"
import * as rfl from "../../src/generated/rfl"
import { codecOf, frames, testVector } from "../codec/helpers"

const codec = codecOf(rfl)
const id = "0b6e3a52-6f1e-4c53-9d2a-5b8c1f0e7a21"

describe("rfl golden vectors", () => {
  for (const v of rfl.vectors) testVector(codec, v)

  it("should have a vector for every message type", () => {
    const covered = new Set(rfl.vectors.map(v => v.type))
    assert.deepEqual(
      codec.messageTypes.filter(t => !covered.has(t)),
      [],
    )
  })
})

describe("rfl channels", () => {
  it("fromClient - a REQUEST with no payload frame breaks RFL-3", () => {
    const d = rfl.decodeFromClient(frames("", "REQUEST", id))
    assert.ok(!d.ok)
    assert.equal(d.error.rule, "RFL-3")
    assert.equal(d.error.frameName, "payload")
  })

  it("fromClient - a lower-case command breaks RFL-2 (it fits no message)", () => {
    const d = rfl.decodeFromClient(frames("", "request", id, "x"))
    assert.ok(!d.ok)
    assert.equal(d.error.frame, 1)
  })

  it("fromClient - a HEARTBEAT with a third frame is not a heartbeat (RFL-4)", () => {
    const d = rfl.decodeHeartbeat(frames("", "HEARTBEAT", "x"))
    assert.ok(!d.ok)
    assert.equal(d.error.code, "extra-frame")
  })

  it("fromClient - no leading empty frame breaks RFL-2", () => {
    const d = rfl.decodeFromClient(frames("HEARTBEAT"))
    assert.ok(!d.ok)
    assert.equal(d.error.rule, "RFL-2")
  })

  it("toClient - OK with and without result frames, ERROR with one message", () => {
    const ok = rfl.decodeToClient(frames("", "RESPONSE", id, "OK", "a", "b"))
    assert.ok(ok.ok && ok.value.command === "RESPONSE")
    const empty = rfl.decodeToClient(frames("", "RESPONSE", id, "OK"))
    assert.ok(empty.ok && empty.value.command === "RESPONSE")
    const err = rfl.decodeToClient(frames("", "RESPONSE", id, "ERROR", "no"))
    assert.ok(err.ok && err.value.command === "RESPONSE")
    assert.equal(err.value.status, "ERROR")
  })

  it("toClient - ERROR with two message frames breaks RFL-6", () => {
    const d = rfl.decodeResponseError(
      frames("", "RESPONSE", id, "ERROR", "a", "b"),
    )
    assert.ok(!d.ok)
    assert.equal(d.error.rule, "RFL-6")
  })

  it("toClient - the request id comes back byte for byte, even when not UTF-8", () => {
    const raw = Buffer.from([0xff, 0xfe, 0x00])
    const d = rfl.decodeResponseOk(frames("", "RESPONSE", raw, "OK", "x"))
    assert.ok(d.ok)
    assert.ok(d.value.requestId.equals(raw))
  })
})
