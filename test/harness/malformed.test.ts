import assert from "node:assert/strict"
import { describe, it } from "node:test"
import * as v1 from "../../src/generated/mdp-0.1"
import * as v2 from "../../src/generated/mdp-0.2"
import { type Base, ops, wireProtocol } from "../../src/harness/malformed"

const wire = wireProtocol(v1)
const base = (title: keyof typeof v1.layouts): Base => {
  const layout = v1.layouts[title]
  return {
    layout,
    frames: wire.golden(layout)[0].frames,
    wire,
  }
}
const text = (frames: readonly Buffer[]) => frames.map(f => f.toString("hex"))
const B = (s: string) => Buffer.from(s)

// READY for "echo": ["", "MDPW01", 0x01, "echo"]
const ready = base("WorkerReady")
// REQUEST for "echo": ["", "MDPC01", "echo", "hello"]
const request = base("ClientRequest")

describe("mutation ops", () => {
  it("drop - should leave out one frame, and blame that frame's rule", () => {
    const m = ops.drop(ready, 3)
    assert.deepEqual(text(m.frames), text(ready.frames.slice(0, 3)))
    assert.equal(m.name, "WorkerReady: drop service (frame 3)")
    assert.equal(m.rule, "MDP-16")
    const r = v1.decodeWorkerReady(m.frames)
    assert.ok(!r.ok && r.error.code === "missing-frame" && r.error.frame === 3)
  })

  it("wrongLiteral - should turn MDPW01 into MDPW02, 0x01 into the unknown 0x0a, and an empty frame into X", () => {
    assert.equal(ops.wrongLiteral(ready, 1).frames[1].toString(), "MDPW02")
    const command = ops.wrongLiteral(ready, 2)
    assert.deepEqual(command.frames[2], Buffer.from([0x0a]))
    const r = v1.decodeWorkerReady(command.frames)
    assert.ok(!r.ok && r.error.code === "unknown-command")
    assert.equal(ops.wrongLiteral(ready, 0).frames[0].toString(), "X")
  })

  it("foreignHeader - should put the other sub-protocol's header where the own one was", () => {
    const m = ops.foreignHeader(request, "worker")
    assert.equal(m.frames[1].toString(), "MDPW01")
    const r = v1.decodeClientRequest(m.frames)
    assert.ok(!r.ok && r.error.code === "bad-header")
  })

  it("extraFrames - should append junk frames and blame the message's frame-count rule", () => {
    const m = ops.extraFrames(ready, 2)
    assert.deepEqual(
      text(m.frames),
      text([...ready.frames, B("junk"), B("junk")]),
    )
    assert.equal(m.rule, v1.layouts.WorkerReady.rule)
    const r = v1.decodeWorkerReady(m.frames)
    assert.ok(!r.ok && r.error.code === "extra-frame")
  })

  it("oversize - should keep a literal's bytes as a prefix and grow the frame", () => {
    const m = ops.oversize(ready, 1, 300)
    assert.equal(m.frames[1].length, 300)
    assert.equal(m.frames[1].subarray(0, 6).toString(), "MDPW01")
  })

  it("should never change the frames it was given", () => {
    const before = text(ready.frames)
    ops.drop(ready, 0)
    ops.duplicate(ready, 1)
    ops.truncate(ready, 1, 2)
    ops.swap(ready, 1, 2)
    ops.wrongLiteral(ready, 1)
    ops.command(ready, Buffer.from([7]))
    ops.oversize(ready, 3, 64)
    assert.deepEqual(text(ready.frames), before)
  })

  it("should name the golden vector a mutation came from", () => {
    assert.equal(
      ops.drop({ ...ready, vector: "ready for echo" }, 0).vector,
      "ready for echo",
    )
  })
})

describe("WireProtocol", () => {
  for (const mod of [v1, v2]) {
    const w = wireProtocol(mod)
    it(`${w.protocol} - should find each role's receiving channel by the generator's naming`, () => {
      assert.equal(
        w.receiving("broker"),
        (mod as unknown as Record<string, unknown>).atBroker,
      )
      assert.equal(w.receiving("worker"), mod.toWorker)
      assert.equal(w.receiving("client"), mod.toClient)
      assert.throws(() => w.receiving("titanic"), /no channel to titanic/)
    })

    it(`${w.protocol} - should say who sends each message a broker receives`, () => {
      const senders = Object.fromEntries(
        w.messagesOf("broker").map(l => [l.title, w.senderOf(l)]),
      )
      assert.equal(senders.ClientRequest, "client")
      assert.equal(senders.WorkerReady, "worker")
      assert.equal(senders.WorkerHeartbeat, "worker")
    })
  }

  it("requirementOf - should refuse a rule the catalog does not have", () => {
    assert.equal(wire.requirementOf({ rule: "MDP-22" }).level, "must")
    assert.throws(
      () => wire.requirementOf({ rule: "MDP-999" }),
      /not in the requirement catalog/,
    )
  })
})
