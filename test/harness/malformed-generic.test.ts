import assert from "node:assert/strict"
import { readdirSync } from "node:fs"
import { join } from "node:path"
import { describe, it } from "node:test"
import { fuzzProtocol, MalformedStream } from "../../src/fuzz/mutations"
import {
  casesOf,
  type GeneratedProtocol,
  structuredKinds,
  wireProtocol,
} from "../../src/harness/malformed"

/** Every generated protocol module there is: nothing below names one. */
const generatedDir = join(__dirname, "../../src/generated")
const modules = readdirSync(generatedDir, { withFileTypes: true })
  .filter(d => d.isDirectory())
  .map(d => ({
    dir: d.name,
    mod: require(join(generatedDir, d.name)) as GeneratedProtocol,
  }))

describe("malformed cases and the fuzz stream of any generated protocol", () => {
  it("should find the generated protocols (MDP at least)", () => {
    const dirs = modules.map(m => m.dir)
    assert.ok(dirs.includes("mdp-0.1") && dirs.includes("mdp-0.2"), `${dirs}`)
  })

  for (const { dir, mod } of modules) {
    const wire = wireProtocol(mod)
    const catalog = new Set(mod.requirements.map(r => r.id))

    it(`${dir} - every role that receives should have a channel, and every layout should have a sender`, () => {
      assert.ok(wire.receivers.length > 0, "no role receives anything")
      for (const role of wire.receivers)
        assert.ok(wire.messagesOf(role).length > 0, role)
      const received = new Set(
        wire.receivers.flatMap(r => wire.messagesOf(r).map(l => l.title)),
      )
      for (const l of wire.layouts.filter(l => received.has(l.title)))
        assert.ok(wire.senderOf(l), `no role sends ${l.title}`)
    })

    it(`${dir} - every case should be rejected by the receiver's decoder, blame a catalog requirement, and have frames`, () => {
      let total = 0
      for (const role of wire.receivers) {
        for (const kind of structuredKinds) {
          for (const c of casesOf(wire, role, kind, () => ({}))) {
            total++
            assert.ok(c.frames.length > 0, c.label)
            assert.equal(wire.verdict(role, c.frames).ok, false, c.label)
            assert.ok(catalog.has(c.requirement.id), c.label)
          }
        }
      }
      assert.ok(total > 0, "no malformed case at all")
    })

    it(`${dir} - the seeded stream should yield only non-empty messages each receiver rejects`, () => {
      const p = fuzzProtocol(mod)
      for (const role of p.receivers) {
        const stream = new MalformedStream(p, 3, role)
        for (let i = 0; i < 300; i++) {
          const { mutation: m } = stream.next()
          assert.ok(m.frames.length > 0, m.name)
          assert.equal(p.verdict(role, m.frames).ok, false, m.name)
          assert.ok(catalog.has(m.rule), `${m.name}: ${m.rule}`)
        }
      }
    })
  }
})
