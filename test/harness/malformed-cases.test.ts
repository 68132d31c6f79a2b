import assert from "node:assert/strict"
import { describe, it } from "node:test"
import * as v1 from "../../src/generated/mdp-0.1"
import * as v2 from "../../src/generated/mdp-0.2"
import {
  casesOf,
  enumerateCases,
  enumerateMutations,
  structuredKinds,
  substitute,
  wireProtocol,
  withFields,
} from "../../src/harness/malformed"

const protocols = [wireProtocol(v1), wireProtocol(v2)]
const roles = ["broker", "worker"] as const
const service = Buffer.from("echo.scenario")
const fields = () => ({ service, client: Buffer.from("C-placeholder") })

describe("malformed cases from the schemas", { timeout: 60_000 }, () => {
  for (const mod of [v1, v2]) {
    const wire = wireProtocol(mod)
    const catalog = new Set(mod.requirements.map(r => r.id))

    it(`${wire.protocol} - every rule a decoder can report (frame, message, channel) should be a requirement of the catalog`, () => {
      for (const l of wire.layouts) {
        for (const rule of [l.rule, ...l.frames.map(f => f.rule)])
          assert.ok(catalog.has(rule), `${l.title}: ${rule}`)
      }
      for (const role of ["broker", "worker", "client"])
        assert.ok(catalog.has(wire.receiving(role).invalidRule), role)
    })

    for (const role of roles) {
      it(`${wire.protocol} ${role} - should have cases of every kind, each rejected by the ${role}'s decoder and mapped to a catalog requirement`, () => {
        const messages = new Set(wire.messagesOf(role).map(l => l.title))
        for (const kind of structuredKinds) {
          const cases = casesOf(wire, role, kind, fields)
          assert.ok(cases.length > 0, `no ${kind} case`)
          for (const c of cases) {
            assert.ok(messages.has(c.layout.title), c.label)
            const v = wire.verdict(role, c.frames)
            assert.ok(!v.ok, `${c.label} is accepted`)
            assert.deepEqual(v.error, c.error, c.label)
            assert.notEqual(
              c.error.code,
              "schema",
              `${c.label}: rejected only for a field value`,
            )
            assert.equal(c.requirement.id, c.error.rule, c.label)
            assert.ok(catalog.has(c.requirement.id), c.label)
          }
        }
      })

      it(`${wire.protocol} ${role} - should give every case a label of its own and stay within the scenario's size caps`, () => {
        for (const kind of structuredKinds) {
          const cases = casesOf(wire, role, kind, fields)
          assert.equal(
            new Set(cases.map(c => c.label)).size,
            cases.length,
            kind,
          )
          for (const c of cases) {
            assert.ok(
              c.frames.every(f => f.length <= 65_536),
              c.label,
            )
            assert.ok(c.frames.length <= 256 + 8, c.label)
          }
        }
      })
    }

    it(`${wire.protocol} - should be the same list, in the same order, with the same frames, every time`, () => {
      const once = [...enumerateMutations(wire)]
      const again = [...enumerateMutations(wire)]
      assert.deepEqual(
        again.map(m => m.name),
        once.map(m => m.name),
      )
      assert.deepEqual(
        again.map(m => m.frames),
        once.map(m => m.frames),
      )
      const cases = casesOf(wire, "broker", "drop", fields).map(c => c.label)
      assert.deepEqual(
        casesOf(wire, "broker", "drop", fields).map(c => c.label),
        cases,
      )
    })

    it(`${wire.protocol} - should put the scenario's field values into every golden vector it damages`, () => {
      for (const c of casesOf(wire, "broker", "oversize-count", fields)) {
        if (c.layout.frames.some(f => f.field === "service"))
          assert.ok(
            c.frames.some(f => f.equals(service)),
            c.label,
          )
      }
    })
  }

  it("should map a damaged READY to the rule its decoder names, in each version", () => {
    const drop = (wire: (typeof protocols)[number], frame: string) =>
      casesOf(wire, "broker", "drop", fields).find(c =>
        c.label.startsWith(`WorkerReady: drop ${frame}`),
      )!
    assert.equal(
      drop(protocols[0], "service (frame 3)").requirement.id,
      "MDP-16",
    )
    assert.equal(
      drop(protocols[1], "service (frame 2)").requirement.id,
      "MDP2-17",
    )
    // Without its header a READY is no message of either sub-protocol: the channel's rule.
    assert.equal(drop(protocols[0], "header").requirement.id, "MDP-22")
    assert.equal(drop(protocols[1], "header").requirement.id, "MDP2-23")
  })

  it("should leave out what the decoder rejects only for a field value, such as a 256-character service name", () => {
    const wire = protocols[0]
    const label =
      'WorkerReady: oversize service (frame 3) to 256 bytes of "ready for echo"'
    const rejected = [
      ...enumerateCases(wire, ["broker"], { kinds: ["oversize-frame"] }),
    ].find(c => `${c.mutation.name} of "${c.mutation.vector}"` === label)
    assert.equal(rejected?.error?.code, "schema")
    const sent = casesOf(wire, "broker", "oversize-frame", fields).map(
      c => c.label,
    )
    assert.ok(
      sent.includes(
        'WorkerReady: oversize command (frame 2) to 256 bytes of "ready for echo"',
      ),
      sent.join("\n"),
    )
    assert.ok(!sent.includes(label))
  })

  it("enumerateCases - should label each case valid exactly when the receiver's decoder accepts it", () => {
    for (const c of enumerateCases(protocols[1], [
      "broker",
      "worker",
      "client",
    ])) {
      assert.equal(
        c.valid,
        protocols[1].verdict(c.receiver, c.mutation.frames).ok,
        c.mutation.name,
      )
      assert.equal(c.valid, c.requirement === undefined, c.mutation.name)
    }
  })

  it("withFields and substitute - should replace field frames, and only frames equal to the placeholder", () => {
    const layout = v2.layouts.WorkerRequest
    const golden = protocols[1].golden(layout)[0].frames
    const bound = withFields(layout, golden, { client: Buffer.from("P") })
    assert.equal(bound[2].toString(), "P")
    assert.deepEqual(bound.slice(3), golden.slice(3))
    const moved = substitute(
      [Buffer.from("P"), Buffer.from("PP")],
      Buffer.from("P"),
      Buffer.from("Q"),
    )
    assert.deepEqual(
      moved.map(f => f.toString()),
      ["Q", "PP"],
    )
  })
})
