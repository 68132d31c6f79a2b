import assert from "node:assert/strict"
import { describe, it } from "node:test"
import {
  decodeClientRequest,
  decodeWorkerReady,
  decodeWorkerRequest,
  layouts,
  spec,
  vectors,
} from "../../src/generated/mdp-0.1"
import { malform } from "../../src/harness/malformed"

const golden = (type: string) => {
  const v = vectors.find(x => x.type === type)
  if (!v) throw new Error(`no golden vector for ${type}`)
  return v.frames
}
const text = (frames: readonly Buffer[]) => frames.map(f => f.toString("hex"))
const B = (s: string) => Buffer.from(s)

// READY for "echo": ["", "MDPW01", 0x01, "echo"]
const ready = golden("WorkerReady")
// REQUEST for "echo": ["", "MDPC01", "echo", "hello"]
const request = golden("ClientRequest")

describe("malform", () => {
  it("missing empty - should drop the empty delimiter frame", () => {
    const bad = malform(layouts.WorkerReady, ready, "missing empty")
    assert.deepEqual(
      text(bad),
      text([B("MDPW01"), Buffer.from([1]), B("echo")]),
    )
  })

  it("missing service - should drop the service frame", () => {
    const bad = malform(layouts.WorkerReady, ready, "missing service")
    assert.deepEqual(text(bad), text(ready.slice(0, 3)))
    const r = decodeWorkerReady(bad)
    assert.ok(!r.ok && r.error.code === "missing-frame" && r.error.frame === 3)
  })

  it("wrong header - should turn MDPW01 into MDPW02", () => {
    const bad = malform(layouts.WorkerReady, ready, "wrong header")
    assert.equal(bad[1].toString(), "MDPW02")
    assert.deepEqual(
      text([bad[0], ...bad.slice(2)]),
      text([ready[0], ...ready.slice(2)]),
    )
  })

  it("wrong command - should turn READY 0x01 into the unknown command 0x0a", () => {
    const bad = malform(layouts.WorkerReady, ready, "wrong command")
    assert.deepEqual(bad[2], Buffer.from([0x0a]))
    const r = decodeWorkerReady(bad)
    assert.ok(!r.ok)
    assert.equal(r.error.code, "unknown-command")
  })

  it("wrong empty - should put bytes in the empty frame", () => {
    const bad = malform(layouts.WorkerReady, ready, "wrong empty")
    assert.equal(bad[0].toString(), "X")
  })

  it("an extra frame - should append one frame", () => {
    const bad = malform(layouts.WorkerReady, ready, "an extra frame")
    assert.equal(bad.length, ready.length + 1)
    assert.deepEqual(text(bad.slice(0, -1)), text(ready))
    const r = decodeWorkerReady(bad)
    assert.ok(!r.ok && r.error.code === "extra-frame")
  })

  it("no body - should drop every body frame", () => {
    const two = [...request, B("second")]
    const bad = malform(layouts.ClientRequest, two, "no body")
    assert.deepEqual(text(bad), text(request.slice(0, 3)))
    const r = decodeClientRequest(bad)
    assert.ok(
      !r.ok && r.error.code === "missing-frame" && r.error.rule === "MDP-6",
    )
  })

  it("missing address delimiter - should find a frame by its layout name", () => {
    const frames = golden("WorkerRequest")
    const bad = malform(
      layouts.WorkerRequest,
      frames,
      "missing address delimiter",
    )
    assert.equal(bad.length, frames.length - 1)
    const r = decodeWorkerRequest(bad)
    assert.ok(!r.ok && r.error.rule === "MDP-38")
  })

  it("a worker header - should put MDPW01 where MDPC01 was", () => {
    const bad = malform(
      layouts.ClientRequest,
      request,
      "a worker header",
      spec.headers,
    )
    assert.equal(bad[1].toString(), "MDPW01")
    const r = decodeClientRequest(bad)
    assert.ok(!r.ok && r.error.code === "bad-header")
  })

  it("should not change the frames it was given", () => {
    const before = text(ready)
    malform(layouts.WorkerReady, ready, "wrong header")
    malform(layouts.WorkerReady, ready, "wrong command")
    assert.deepEqual(text(ready), before)
  })

  for (const defect of [
    "a flipped bit",
    "missing nothing",
    "wrong service",
    "a client header",
  ]) {
    it(`"${defect}" - should throw rather than send an unmalformed message`, () => {
      // "wrong service": the service is a field, not a literal; "a client
      // header": no headers table was passed.
      assert.throws(() => malform(layouts.WorkerReady, ready, defect), Error)
    })
  }

  it("no body - should throw for a message without a body", () => {
    assert.throws(
      () => malform(layouts.WorkerReady, ready, "no body"),
      /no body/,
    )
  })
})
