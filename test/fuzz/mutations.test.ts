import assert from "node:assert/strict"
import { describe, it } from "node:test"
import fc from "fast-check"
import type { DecodeResult } from "../../src/codec"
import * as mdp from "../../src/generated/mdp-0.1"
import { malformedArbitrary, mutationArbitrary } from "../../src/fuzz/arbitrary"
import {
  enumerateCases,
  enumerateMutations,
  fuzzProtocol,
  MalformedStream,
  type Mutation,
  mutationAt,
} from "../../src/fuzz/mutations"
import { seededChooser } from "../../src/fuzz/random"
import { structuredKinds } from "../../src/harness/malformed"

/** The fuzzer's view of MDP/0.1, read from its generated module. */
const p = fuzzProtocol(mdp)
const allLayouts = p.wire.layouts
const verdict = (receiver: string, frames: Buffer[]) =>
  p.verdict(receiver, frames)
type Receiver = "broker" | "worker" | "client"

type Decode = (frames: readonly Uint8Array[]) => DecodeResult<unknown>
const codec = mdp as unknown as Record<string, Decode>
/** The generated decoder of the message type a mutation was derived from. */
const ownDecoder = (m: Mutation): Decode => codec[`decode${m.source}`]

const receivers: Receiver[] = ["broker", "worker", "client"]
const cases = [...enumerateCases(p, receivers)]
const ids = new Set(mdp.requirements.map(r => r.id))

describe("enumerated mutations", { timeout: 30_000 }, () => {
  it("should cover every MDP/0.1 message type, each receiving role, and every structural kind", () => {
    assert.deepEqual(
      new Set(cases.map(c => c.mutation.source)),
      new Set(allLayouts.map(l => l.title)),
    )
    assert.deepEqual(new Set(cases.map(c => c.receiver)), new Set(receivers))
    for (const layout of allLayouts) {
      const kinds = new Set(
        cases
          .filter(c => c.mutation.source === layout.title)
          .map(c => c.mutation.kind),
      )
      // Client commands of 0.1 have no command frame: checked below.
      for (const kind of structuredKinds.filter(k => k !== "wrong-command")) {
        assert.ok(kinds.has(kind), `${layout.title} has no ${kind} mutation`)
      }
      const hasCommand = layout.frames.some(f => f.name === "command")
      assert.equal(kinds.has("wrong-command"), hasCommand, layout.title)
    }
  })

  it("should be the same list, in the same order, every time", () => {
    const again = [...enumerateMutations(p)]
    assert.deepEqual(
      again.map(m => m.name),
      [...enumerateMutations(p)].map(m => m.name),
    )
    assert.ok(again.length >= 500, `${again.length} mutations`)
  })

  it("should tag every mutation with a requirement ID of the spec", () => {
    for (const { mutation: m } of cases)
      assert.ok(ids.has(m.rule), `${m.name}: ${m.rule}`)
  })

  it("should have every case not labelled valid rejected by the receiver's and the message type's decoders", () => {
    for (const c of cases.filter(c => !c.valid)) {
      assert.equal(
        verdict(c.receiver, c.mutation.frames).ok,
        false,
        c.mutation.name,
      )
      assert.equal(
        ownDecoder(c.mutation)(c.mutation.frames).ok,
        false,
        c.mutation.name,
      )
    }
  })

  it("should label valid exactly the cases the receiver's decoder accepts, such as a duplicated body frame", () => {
    for (const c of cases)
      assert.equal(
        c.valid,
        verdict(c.receiver, c.mutation.frames).ok,
        c.mutation.name,
      )
    const dup = cases.find(
      c =>
        c.receiver === "broker" &&
        c.mutation.name === "ClientRequest: duplicate body (frame 3)",
    )
    assert.equal(dup?.valid, true)
    const malformed = cases.filter(c => !c.valid).length
    assert.ok(
      malformed > 2 * (cases.length - malformed),
      `${malformed} of ${cases.length} malformed`,
    )
  })

  it("should never label valid a damaged literal frame: delimiter, header or command byte", () => {
    const literalKinds = new Set([
      "wrong-literal",
      "foreign-header",
      "wrong-command",
    ])
    for (const c of cases.filter(
      c => c.valid && literalKinds.has(c.mutation.kind),
    )) {
      // The only exceptions: HEARTBEAT <-> DISCONNECT are one byte apart,
      // and MMI replies reach a broker as ordinary client REQUESTs.
      const explained =
        c.mutation.source.startsWith("Mmi") ||
        /^Worker(Heartbeat|Disconnect): command 0x0[45]$/.test(c.mutation.name)
      assert.ok(explained, `${c.receiver}: ${c.mutation.name}`)
    }
  })

  it("should name the rule the decoder reports when a frame is damaged in place", () => {
    const inPlace = new Set([
      "wrong-literal",
      "foreign-header",
      "wrong-command",
      "truncate",
      "oversize-frame",
      "oversize-count",
    ])
    for (const { mutation: m } of cases) {
      if (!inPlace.has(m.kind)) continue
      const own = ownDecoder(m)(m.frames)
      if (!own.ok) assert.equal(own.error.rule, m.rule, m.name)
    }
  })
})

describe("seeded malformed stream", { timeout: 30_000 }, () => {
  for (const receiver of ["broker", "worker"] as const) {
    it(`${receiver} - should yield only messages the ${receiver}'s decoder rejects`, () => {
      const stream = new MalformedStream(p, 7, receiver)
      const kinds = new Set<string>()
      for (let i = 0; i < 5000; i++) {
        const { mutation } = stream.next()
        kinds.add(mutation.kind)
        assert.equal(
          verdict(receiver, mutation.frames).ok,
          false,
          mutation.name,
        )
        assert.ok(ids.has(mutation.rule), mutation.rule)
      }
      assert.ok(
        stream.skipped > 0,
        "some drawn messages should have been valid and skipped",
      )
      assert.equal(kinds.size, 10, [...kinds].join(", "))
    })
  }

  it("should rebuild message <index> alone, identical to the stream's", () => {
    const stream = new MalformedStream(p, 42, "worker", 1000)
    for (let i = 0; i < 200; i++) {
      const { index, mutation } = stream.next()
      const again = mutationAt(p, 42, "worker", index)
      assert.equal(again.name, mutation.name)
      assert.deepEqual(again.frames, mutation.frames)
    }
  })

  it("should differ between seeds", () => {
    const a = [0, 1, 2, 3, 4].map(i => mutationAt(p, 1, "broker", i).name)
    const b = [0, 1, 2, 3, 4].map(i => mutationAt(p, 2, "broker", i).name)
    assert.notDeepEqual(a, b)
  })

  it("seededChooser - should stay within bounds", () => {
    const c = seededChooser(3, 9)
    for (let i = 0; i < 10_000; i++) {
      const n = c.int(-2, 5)
      assert.ok(Number.isInteger(n) && n >= -2 && n <= 5, String(n))
    }
  })
})

describe("fast-check arbitrary", { timeout: 30_000 }, () => {
  for (const receiver of ["broker", "worker"] as const) {
    it(`${receiver} - should draw messages of the layouts the ${receiver} reads, or random multiparts`, () => {
      const titles = new Set(p.layoutsFor(receiver).map(l => l.title))
      fc.assert(
        fc.property(mutationArbitrary(p, receiver), m => {
          assert.ok(m.frames.length > 0)
          assert.ok(m.source === "random" || titles.has(m.source), m.source)
        }),
        { numRuns: 300 },
      )
    })

    it(`${receiver} - malformed ones should be rejected by the ${receiver}'s decoder`, () => {
      fc.assert(
        fc.property(
          malformedArbitrary(p, receiver),
          m => !verdict(receiver, m.frames).ok,
        ),
        { numRuns: 300 },
      )
    })
  }
})
