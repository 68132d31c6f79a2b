import assert from "node:assert/strict"
import { describe, it } from "node:test"
import fc from "fast-check"
import type { GoldenVector } from "../../src/codec"
import * as mdp01 from "../../src/generated/mdp-0.1"
import * as mdp02 from "../../src/generated/mdp-0.2"
import { codecOf, frames, type GeneratedCodec } from "./helpers"

const runs = 2000
const codes = [
  "empty-message",
  "missing-frame",
  "bad-delimiter",
  "bad-header",
  "unknown-command",
  "bad-literal",
  "extra-frame",
  "schema",
]
const ruleId = /^[A-Z]+\d*-\d+$/

/** Printable ASCII, the alphabet of a 7/MDP service name. */
const printable = fc
  .integer({ min: 0x20, max: 0x7e })
  .map(c => String.fromCharCode(c))
const serviceName = fc.string({ unit: printable, minLength: 1, maxLength: 40 })
const bytes = (maxLength: number, minLength = 0) =>
  fc.uint8Array({ minLength, maxLength }).map(b => Buffer.from(b))
const body = fc.array(bytes(32), { minLength: 1, maxLength: 5 })
const client = bytes(32, 1)

/**
 * Random frames, biased towards what a confused peer sends: delimiters,
 * both headers, command bytes, short names, as Buffers and plain
 * Uint8Arrays (sometimes views into a larger buffer).
 */
const plausible = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "",
      "MDPW01",
      "MDPC01",
      "MDPW02",
      "MDPC02",
      "mmi.service",
      "200",
      "501",
    ),
  },
  // 0x00..0x07 spans both versions' command bytes (0.2 uses 0x01..0x06)
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 7 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }) },
)
const frame = fc
  .tuple(plausible, fc.constantFrom("buffer", "uint8array", "view"))
  .map(([p, kind]) => {
    const buf = frames(p)[0]
    if (kind === "buffer") return buf
    return kind === "uint8array" ? new Uint8Array(buf) : asView(buf)
  })
const randomFrames = fc.array(frame, { maxLength: 10 })

/** A golden vector of the decoder's own protocol cut short, with one frame replaced and junk appended. */
const damagedVector = (vectors: readonly GoldenVector[]) =>
  fc
    .tuple(
      fc.constantFrom(...vectors),
      fc.nat({ max: 10 }),
      fc.nat({ max: 10 }),
      frame,
      fc.array(frame, { maxLength: 3 }),
    )
    .map(([v, keep, at, replacement, junk]) => {
      const out: Uint8Array[] = v.frames.slice(0, keep)
      if (at < out.length) out[at] = replacement
      return [...out, ...junk].slice(0, 10)
    })

/** A non-Buffer Uint8Array over the middle of a larger ArrayBuffer. */
function asView(frame: Uint8Array): Uint8Array {
  const padded = new Uint8Array(frame.length + 4).fill(0xee)
  padded.set(frame, 2)
  return padded.subarray(2, 2 + frame.length)
}

function neverThrows(
  protocol: string,
  { decoders }: GeneratedCodec,
  vectors: readonly GoldenVector[],
): void {
  const message = fc.oneof(randomFrames, damagedVector(vectors))
  describe(`decoders never throw (${protocol})`, () => {
    for (const [name, decode] of decoders) {
      it(`${name} - should return a value or a DecodeError for any frames`, () => {
        fc.assert(
          fc.property(message, input => {
            const result = decode(input)
            if (result.ok) {
              const value = result.value as { command?: unknown }
              assert.equal(typeof value.command, "string")
              return
            }
            const e = result.error
            assert.ok(codes.includes(e.code), `unknown code ${e.code}`)
            assert.ok(
              Number.isInteger(e.frame) && e.frame >= 0,
              `frame ${e.frame}`,
            )
            assert.match(e.rule, ruleId)
            assert.equal(typeof e.expected, "string")
            assert.equal(typeof e.actual, "string")
            assert.ok(e.expected.length > 0 && e.actual.length > 0)
          }),
          { numRuns: runs },
        )
      })
    }

    it("should find at least 10 decoders in the generated codec", () => {
      assert.ok(decoders.length >= 10, decoders.map(([n]) => n).join(", "))
    })
  })
}

/** Plain objects, like the decoder returns (fast-check defaults to null prototypes). */
const record = <T extends Record<string, fc.Arbitrary<unknown>>>(model: T) =>
  fc.record(model, { noNullPrototype: true })

/** Arbitrary valid 7/MDP (0.1) messages of each type, as the schemas allow them. */
const valid01: Record<string, fc.Arbitrary<object>> = {
  ClientRequest: record({
    command: fc.constant("REQUEST"),
    service: serviceName,
    body,
  }),
  ClientReply: record({
    command: fc.constant("REPLY"),
    service: serviceName,
    body,
  }),
  MmiServiceRequest: record({
    command: fc.constant("REQUEST"),
    service: fc.constant("mmi.service"),
    name: serviceName,
  }),
  MmiServiceReply: record({
    command: fc.constant("REPLY"),
    service: fc.constant("mmi.service"),
    status: fc.constantFrom("200", "404"),
  }),
  MmiNotImplemented: record({
    command: fc.constant("REPLY"),
    service: fc.string({ unit: printable, maxLength: 36 }).map(s => `mmi.${s}`),
    status: fc.constant("501"),
  }),
  WorkerReady: record({ command: fc.constant("READY"), service: serviceName }),
  WorkerRequest: record({ command: fc.constant("REQUEST"), client, body }),
  WorkerReply: record({ command: fc.constant("REPLY"), client, body }),
  WorkerHeartbeat: fc.constant({ command: "HEARTBEAT" }),
  WorkerDisconnect: fc.constant({ command: "DISCONNECT" }),
}

/** Arbitrary valid 18/MDP (0.2) messages of each type; MMI answers are FINALs. */
const valid02: Record<string, fc.Arbitrary<object>> = {
  ClientRequest: valid01.ClientRequest,
  ClientPartial: record({
    command: fc.constant("PARTIAL"),
    service: serviceName,
    body,
  }),
  ClientFinal: record({
    command: fc.constant("FINAL"),
    service: serviceName,
    body,
  }),
  MmiServiceRequest: valid01.MmiServiceRequest,
  MmiServiceReply: record({
    command: fc.constant("FINAL"),
    service: fc.constant("mmi.service"),
    status: fc.constantFrom("200", "404"),
  }),
  MmiNotImplemented: record({
    command: fc.constant("FINAL"),
    service: fc.string({ unit: printable, maxLength: 36 }).map(s => `mmi.${s}`),
    status: fc.constant("501"),
  }),
  WorkerReady: valid01.WorkerReady,
  WorkerRequest: valid01.WorkerRequest,
  WorkerPartial: record({ command: fc.constant("PARTIAL"), client, body }),
  WorkerFinal: record({ command: fc.constant("FINAL"), client, body }),
  WorkerHeartbeat: valid01.WorkerHeartbeat,
  WorkerDisconnect: valid01.WorkerDisconnect,
}

function roundTrip(
  protocol: string,
  { codecFor, messageTypes }: GeneratedCodec,
  valid: Record<string, fc.Arbitrary<object>>,
): void {
  describe(`round trip (${protocol})`, () => {
    for (const [type, arbitrary] of Object.entries(valid)) {
      it(`${type} - decode(encode(m)) should deep-equal m`, () => {
        const { encode, decode } = codecFor(type)
        fc.assert(
          fc.property(arbitrary, m => {
            assert.deepEqual(decode(encode(m)), { ok: true, value: m })
          }),
          { numRuns: runs },
        )
      })
    }

    it("should decode frames that are plain Uint8Array views into a larger buffer", () => {
      const { encode, decode } = codecFor("WorkerRequest")
      fc.assert(
        fc.property(valid.WorkerRequest, m => {
          const views = encode(m).map(asView)
          assert.ok(views.every(v => !Buffer.isBuffer(v)))
          assert.deepEqual(decode(views), { ok: true, value: m })
        }),
        { numRuns: runs },
      )
    })

    it("should generate valid messages of every type the codec encodes", () => {
      assert.deepEqual(Object.keys(valid).sort(), [...messageTypes])
    })
  })
}

/** Every generated protocol: its codec, golden vectors and valid-message arbitraries. */
const protocols = [
  {
    name: "mdp-0.1",
    codec: codecOf(mdp01),
    vectors: mdp01.vectors,
    valid: valid01,
  },
  {
    name: "mdp-0.2",
    codec: codecOf(mdp02),
    vectors: mdp02.vectors,
    valid: valid02,
  },
]

for (const p of protocols) {
  neverThrows(p.name, p.codec, p.vectors)
  roundTrip(p.name, p.codec, p.valid)
}
