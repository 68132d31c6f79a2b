import assert from "node:assert/strict"
import { describe, it } from "node:test"
import * as lazy from "../../src/generated/lazy-pirate"
import * as ppp from "../../src/generated/ppp"
import * as spp from "../../src/generated/simple-pirate"
import { codecOf, frames, testVector } from "./helpers"

// The Pirate protocols' golden vectors round-trip, and their channels tell
// the messages apart by frame count and bytes alone (no header frame).
for (const [name, generated] of [
  ["ppp", ppp],
  ["lazy-pirate", lazy],
  ["simple-pirate", spp],
] as const) {
  describe(`${name} golden vectors`, () => {
    const codec = codecOf(generated)
    for (const v of generated.vectors) testVector(codec, v)

    it("should have at least one vector for every message type", () => {
      const covered = new Set(generated.vectors.map(v => v.type))
      assert.deepEqual(
        codec.messageTypes.filter(t => !covered.has(t)),
        [],
      )
    })
  })
}

describe("ppp channels", () => {
  const command = (r: { ok: boolean; value?: { command: string } }) =>
    r.ok ? r.value!.command : "invalid"

  it("fromWorker - READY, HEARTBEAT and REPLY apart; a delimiter is never optional (PPP-2, PPP-3, PPP-5)", () => {
    const seen = [
      frames(0x01),
      frames(0x02),
      frames("c1", "", 0x01),
      frames("READY"),
      frames("c1", 0x01),
    ].map(f => command(ppp.decodeFromWorker(f)))
    assert.deepEqual(seen, [
      "READY",
      "HEARTBEAT",
      "REPLY",
      "invalid",
      "invalid",
    ])
  })

  it("toWorker - a REQUEST needs an address stack (PPP-4)", () => {
    const r = ppp.decodeToWorker(frames("", "x"))
    assert.ok(!r.ok)
    assert.equal(r.error.rule, "PPP-4")
  })
})

describe("simple-pirate channels", () => {
  it('fromWorker - READY is [""][0x01]; a reply carries the client envelope (SPP-4, SPP-5)', () => {
    const ready = spp.decodeFromWorker(frames("", 0x01))
    const reply = spp.decodeFromWorker(frames("", "c1", "", "x"))
    assert.ok(ready.ok && ready.value.command === "READY")
    assert.ok(reply.ok && reply.value.command === "REPLY")
    assert.deepEqual(reply.value.client, frames("c1"))
  })
})
