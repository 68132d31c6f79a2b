import assert from "node:assert/strict"
import { readdirSync } from "node:fs"
import { join } from "node:path"
import { describe, it } from "node:test"
import { fuzzProtocol, MalformedStream } from "../../src/fuzz/mutations"
import {
  casesOf,
  enumerateCases,
  frameSpecs,
  type GeneratedProtocol,
  ops,
  structuredKinds,
  wireProtocol,
  withFields,
} from "../../src/harness/malformed"

/** Every generated protocol module there is: nothing below names one. */
const generatedDir = join(__dirname, "../../src/generated")
const modules = readdirSync(generatedDir, { withFileTypes: true })
  .filter(d => d.isDirectory())
  .map(d => ({
    dir: d.name,
    mod: require(join(generatedDir, d.name)) as GeneratedProtocol,
  }))
  // A protocol whose messages are bodies carried inside another one (Titanic
  // rides on MDP) has no frames of its own to malform: its carrier's do.
  .filter(
    ({ mod }) =>
      (mod as unknown as { spec?: { mdp?: string } }).spec?.mdp === undefined,
  )

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

describe("malformed cases of an address envelope (6/PPP's address stack)", () => {
  const ppp = modules.find(m => m.dir === "ppp")!.mod
  const wire = wireProtocol(ppp)
  const request = ppp.layouts.Request
  // The vector with the deepest stack: an envelope of several frames.
  const twoHops = [...wire.golden(request)].sort(
    (a, b) => b.frames.length - a.frames.length,
  )[0]
  const base = { layout: request, frames: twoHops.frames, wire }
  const cases = [...enumerateCases(wire, ["worker"], { layouts: [request] })]
  const codeOf = (name: string) => {
    const c = cases.find(
      c =>
        c.mutation.vector === twoHops.name &&
        c.mutation.name === `Request: ${name}`,
    )
    assert.ok(c, `no case "${name}" in ${cases.map(c => c.mutation.name)}`)
    return c.error?.code
  }

  it("should map each frame to the envelope, its delimiter, or the repeated field", () => {
    const names = frameSpecs(request, twoHops.frames).map(s => s.name)
    const stack = names.filter(n => n === "address stack").length
    assert.ok(stack >= 2, `${names}`)
    assert.equal(names[stack], "address stack delimiter")
    assert.ok(
      names.slice(stack + 1).every(n => n === "content"),
      `${names}`,
    )
  })

  it("should lose the delimiter (dropped, made non-empty) and empty the envelope, each rejected for it", () => {
    const stack = frameSpecs(request, twoHops.frames).filter(
      s => s.envelope,
    ).length
    assert.equal(
      codeOf(`drop address stack delimiter (frame ${stack})`),
      "missing-delimiter",
    )
    assert.equal(
      codeOf(`wrong address stack delimiter: "X"`),
      "missing-delimiter",
    )
    assert.equal(
      codeOf(`drop every address stack frame (0-${stack - 1})`),
      "empty-envelope",
    )
    assert.equal(
      codeOf(`truncate address stack (frame 0) to 0 bytes`),
      "empty-envelope",
    )
  })

  it("should blame the envelope's rule for a damaged delimiter", () => {
    const m = ops.wrongLiteral(
      base,
      frameSpecs(request, twoHops.frames).findIndex(s => s.literal),
    )
    assert.equal(m.rule, request.frames[0].rule)
    assert.equal(m.frame, "address stack delimiter")
  })

  it("withFields - should leave an envelope's frames as they are", () => {
    const bound = withFields(request, twoHops.frames, {
      stack: Buffer.from("P"),
    })
    assert.deepEqual(bound, twoHops.frames)
  })
})
