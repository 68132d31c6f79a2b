import assert from "node:assert/strict"
import { describe, it } from "node:test"
import fc from "fast-check"
import { decodeFrameByFrame, decodeWith, type Validator } from "../../src/codec"
import * as relay from "./generated/relay"
import * as validators from "./generated/relay/validators"
import { codecOf, frames } from "./helpers"

// Properties of envelope decoding (REL-2) over random frames: the hot path
// agrees with the frame-by-frame walk, nothing throws, and every valid
// message survives a round trip whatever its envelope holds.

const runs = 1000
const codec = codecOf(relay)
const types = ["Delivery", "Forward", "Ping", "Receipt"] as const

/** Frames a confused relay peer sends: delimiters, the signature, kind bytes, junk. */
const frame = fc
  .oneof(
    { weight: 3, arbitrary: fc.constantFrom("", "RLY1", "news", "42") },
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 5 }) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 260 }) },
  )
  .map(f => frames(f)[0])
const damaged = fc
  .tuple(
    fc.constantFrom(...relay.vectors),
    fc.nat({ max: 9 }),
    fc.nat({ max: 9 }),
    frame,
  )
  .map(([v, keep, at, replacement]) => {
    const out = v.frames.slice(0, keep)
    if (at < out.length) out[at] = replacement
    return out
  })
const message = fc.oneof(fc.array(frame, { maxLength: 9 }), damaged)

const routeFrame = fc
  .uint8Array({ minLength: 1, maxLength: 255 })
  .map(b => Buffer.from(b))
const envelope = fc.array(routeFrame, { minLength: 1, maxLength: 4 })
const body = fc.array(
  fc.uint8Array({ maxLength: 16 }).map(b => Buffer.from(b)),
  { minLength: 1, maxLength: 4 },
)
const record = <T extends Record<string, fc.Arbitrary<unknown>>>(model: T) =>
  fc.record(model, { noNullPrototype: true })
const valid: Record<(typeof types)[number], fc.Arbitrary<object>> = {
  Delivery: record({ kind: fc.constant("DELIVERY"), route: envelope, body }),
  Forward: record({
    kind: fc.constant("FORWARD"),
    hops: envelope,
    topic: fc.stringMatching(/^[a-z]{1,32}$/),
    body,
  }),
  Ping: fc.constant({ kind: "PING" }),
  Receipt: record({
    kind: fc.constant("RECEIPT"),
    envelope,
    seq: fc.nat().map(String),
  }),
}

describe("relay envelope properties", () => {
  for (const type of types) {
    const layout = relay.layouts[type]
    const validate = (validators as Record<string, Validator>)[type]

    it(`${type} - the hot path should give what the frame-by-frame walk gives`, () => {
      fc.assert(
        fc.property(message, input => {
          const walked = decodeFrameByFrame(layout, validate, input)
          assert.deepEqual(decodeWith(layout, validate, input), walked)
          if (!walked.ok) assert.ok(walked.error.frame <= input.length)
        }),
        { numRuns: runs },
      )
    })

    it(`${type} - decode(encode(m)) should deep-equal m`, () => {
      const { encode, decode } = codec.codecFor(type)
      fc.assert(
        fc.property(valid[type], m => {
          assert.deepEqual(decode(encode(m)), { ok: true, value: m })
        }),
        { numRuns: runs },
      )
    })
  }

  it("decodeFromHub - should return a value or a DecodeError for any frames", () => {
    fc.assert(
      fc.property(message, input => {
        const r = relay.decodeFromHub(input)
        if (!r.ok) assert.match(r.error.rule, /^REL-\d$/)
      }),
      { numRuns: runs },
    )
  })
})
