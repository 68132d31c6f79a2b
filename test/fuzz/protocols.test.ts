import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { fuzzSpecFor, fuzzSpecs } from "../../src/fuzz/protocols"
import { settle } from "../../src/fuzz/result"
import { protocols } from "../../src/protocols/registry"

describe("how the fuzzer finds a protocol's targets", () => {
  it("should read them off the registered modules' fuzz field, MDP's broker and worker among them", () => {
    const withFuzz = new Set(
      protocols()
        .filter(p => p.module.fuzz)
        .map(p => p.module),
    )
    assert.equal(fuzzSpecs().size, withFuzz.size)
    assert.deepEqual(Object.keys(fuzzSpecFor("mdp/0.1").targets).sort(), [
      "broker",
      "worker",
    ])
  })

  it("every target should be a role that receives on a channel of the protocol's generated codec", async () => {
    const { fuzzProtocol } = await import("../../src/fuzz/protocol")
    for (const [name, spec] of fuzzSpecs()) {
      const receivers = fuzzProtocol(spec.generated).receivers
      for (const role of Object.keys(spec.targets))
        assert.ok(receivers.includes(role), `${name} ${role}`)
      assert.ok(spec.deadlineMs > 0, name)
    }
  })

  it("should refuse a protocol or a role with no fuzz target, naming the ones there are", () => {
    assert.throws(
      () => fuzzSpecFor("titanic"),
      /no fuzz targets for protocol "titanic" \(there are: .*mdp\/0\.1/,
    )
    assert.throws(
      () =>
        settle({ protocol: "mdp/0.1", target: "client", messages: 1, seed: 1 }),
      /mdp\/0\.1 has no fuzz target "client" \(there are: broker, worker\)/,
    )
  })

  it("should take the honest round trip's deadline from the protocol when none is given", () => {
    const o = settle({
      protocol: "mdp/0.1",
      target: "worker",
      messages: 1,
      seed: 1,
    })
    assert.equal(o.deadlineMs, fuzzSpecFor("mdp/0.1").deadlineMs)
    assert.equal(o.wire.protocol, "mdp/0.1")
  })
})
