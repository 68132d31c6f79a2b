import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { decodeChannel, type Channel } from "../../src/codec"
import * as mdp from "../../src/generated/mdp-0.2"
import { codecOf, testVector } from "./helpers"

const codec = codecOf(mdp)
const { vectors } = mdp

/**
 * 18/MDP golden vectors from each schema's x-vectors. Each one expands into
 * decode, encode (as hex) and mirror tests, as the 0.1 vectors do.
 */
describe("mdp-0.2 golden vectors", () => {
  for (const v of vectors) testVector(codec, v)

  it("should have at least one vector for every message type", () => {
    const covered = new Set(vectors.map(v => v.type))
    const missing = codec.messageTypes.filter(t => !covered.has(t))
    assert.deepEqual(missing, [], `message types without an x-vectors entry`)
    assert.equal(codec.messageTypes.length, 12, codec.messageTypes.join(", "))
  })

  it("should name every vector uniquely within its type", () => {
    const keys = vectors.map(v => `${v.type}/${v.name}`)
    assert.equal(new Set(keys).size, keys.length)
  })

  it("should include multi-frame bodies for client and worker replies", () => {
    const multi = (type: string) =>
      vectors.some(
        v => v.type === type && (v.message.body as unknown[]).length > 1,
      )
    for (const type of [
      "ClientPartial",
      "ClientFinal",
      "WorkerPartial",
      "WorkerFinal",
    ])
      assert.ok(multi(type), `${type} has no multi-frame body vector`)
  })

  it("should start every vector with a 0.2 header, never an empty frame (MDP2-23)", () => {
    for (const v of vectors)
      assert.match(
        v.frames[0].toString("latin1"),
        /^MDP[CW]02$/,
        `${v.type} "${v.name}"`,
      )
  })
})

/** 18/MDP §4.2-4.3 command bytes; §8: the same byte means other things in 0.1. */
describe("mdp-0.2 command bytes", () => {
  it("should match the 18/MDP tables", () => {
    assert.deepEqual(mdp.commandBytes, {
      ClientRequest: "0x01",
      ClientPartial: "0x02",
      ClientFinal: "0x03",
      WorkerReady: "0x01",
      WorkerRequest: "0x02",
      WorkerPartial: "0x03",
      WorkerFinal: "0x04",
      WorkerHeartbeat: "0x05",
      WorkerDisconnect: "0x06",
      MmiServiceRequest: "0x01",
      MmiServiceReply: "0x03",
      MmiNotImplemented: "0x03",
    })
  })
})

/** Each vector of a type a channel carries decodes through that channel too. */
const channels: Record<string, Channel> = {
  fromClient: mdp.fromClient,
  toClient: mdp.toClient,
  fromWorker: mdp.fromWorker,
  toWorker: mdp.toWorker,
  atBroker: mdp.atBroker,
}

describe("mdp-0.2 channels", () => {
  for (const [name, channel] of Object.entries(channels)) {
    const types = new Set(channel.entries.map(e => e.layout.title))
    it(`${name} - should decode every vector of ${[...types].join(", ")}`, () => {
      const mine = vectors.filter(v => types.has(v.type))
      assert.ok(mine.length >= types.size, `${name} has vectors for each type`)
      for (const v of mine)
        assert.deepEqual(
          decodeChannel(channel, v.frames),
          { ok: true, value: v.message },
          `${v.type} "${v.name}"`,
        )
    })
  }
})

describe("mdp-0.2 spec", () => {
  it("should catalog MDP2-1..MDP2-52 once each, plus MMI-1..MMI-8, then only the suite's own rules", () => {
    const ids = mdp.requirements.map(r => r.id)
    const want = [
      ...Array.from({ length: 52 }, (_, i) => `MDP2-${i + 1}`),
      ...Array.from({ length: 8 }, (_, i) => `MMI-${i + 1}`),
    ]
    assert.deepEqual(ids.slice(0, want.length), want)
    // The rest (robustness, launch contract, CURVE) are marque's, marked so.
    const rest = mdp.requirements.slice(want.length)
    assert.deepEqual(
      rest.filter(r => (r as { source?: string }).source !== "suite"),
      [],
    )
    assert.equal(new Set(ids).size, ids.length, "each ID once")
  })

  it("should bind every requirement to at least one known role", () => {
    for (const r of mdp.requirements) {
      assert.ok(r.roles.length > 0, r.id)
      for (const role of r.roles)
        assert.ok(
          ["broker", "worker", "client"].includes(role),
          `${r.id}: ${role}`,
        )
    }
  })

  it("should name the 0.2 headers and a DEALER-only client (MDP2-10)", () => {
    assert.equal(mdp.spec.protocol, "mdp/0.2")
    assert.deepEqual(mdp.spec.headers, { client: "MDPC02", worker: "MDPW02" })
    assert.equal(mdp.spec.roles.client.socket, "DEALER")
  })
})
