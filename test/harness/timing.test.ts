import assert from "node:assert/strict"
import { describe, it } from "node:test"
import {
  durationPattern,
  parseDuration,
  Timing,
} from "../../src/harness/timing"

describe("parseDuration", () => {
  const cases: Array<[string, ReturnType<typeof parseDuration>]> = [
    ["500 ms", { unit: "ms", n: 500 }],
    ["1.5 heartbeat intervals", { unit: "heartbeat", n: 1.5 }],
    ["1 heartbeat interval", { unit: "heartbeat", n: 1 }],
    ["2 expiry times", { unit: "expiry", n: 2 }],
    ["1 expiry time", { unit: "expiry", n: 1 }],
    ["1.5 expiry times", { unit: "expiry", n: 1.5 }],
    ["the reply timeout", { unit: "named", name: "reply timeout" }],
    ["the expiry time", { unit: "named", name: "expiry time" }],
    ["the quiet period", { unit: "named", name: "quiet period" }],
    ["the request expiry time", { unit: "named", name: "request expiry time" }],
  ]
  for (const [text, want] of cases) {
    it(`"${text}" - should parse`, () => {
      assert.deepEqual(parseDuration(text), want)
    })
    it(`"${text}" - should match the {duration} parameter pattern`, () => {
      assert.match(text, new RegExp(`^(?:${durationPattern.source})$`))
    })
  }

  for (const text of [
    "500",
    "ms",
    "soon",
    "1.5 heartbeats",
    "-1 ms",
    "the timeout",
  ]) {
    it(`"${text}" - should throw`, () => {
      assert.throws(() => parseDuration(text), /not a duration/)
    })
  }
})

describe("Timing", () => {
  const t = new Timing({ heartbeatMs: 100, liveness: 3 })

  it("heartbeatDue - should allow 1.5 intervals", () => {
    assert.equal(t.heartbeatDue, 150)
  })

  it("expiryDue - should be liveness + 1.5 intervals", () => {
    assert.equal(t.expiryDue, 450)
  })

  it("reply - should default to max(1000, 2 heartbeats)", () => {
    assert.equal(t.reply, 1000)
    assert.equal(new Timing({ heartbeatMs: 2500, liveness: 3 }).reply, 5000)
    const declared = new Timing({
      heartbeatMs: 100,
      liveness: 3,
      replyTimeoutMs: 300,
    })
    assert.equal(declared.reply, 300)
  })

  it("quiet - should be at least 200 ms and 1.5 heartbeats", () => {
    assert.equal(t.quiet, 200)
    assert.equal(new Timing({ heartbeatMs: 200, liveness: 3 }).quiet, 300)
  })

  it("ms - should turn each unit into milliseconds", () => {
    assert.equal(t.ms(parseDuration("500 ms")), 500)
    assert.equal(t.ms(parseDuration("1.5 heartbeat intervals")), 150)
    assert.equal(t.ms(parseDuration("2 expiry times")), 900)
    assert.equal(t.ms(parseDuration("the reply timeout")), 1000)
    assert.equal(t.ms(parseDuration("the expiry time")), 450)
    assert.equal(t.ms(parseDuration("the quiet period")), 200)
  })

  it("ms - a named duration comes from the protocol module, or fails naming what exists", () => {
    const e = new Timing({
      heartbeatMs: 100,
      liveness: 3,
      named: { "request expiry time": 2100 },
    })
    assert.equal(e.ms(parseDuration("the request expiry time")), 2100)
    assert.throws(
      () => e.ms(parseDuration("the lunch break time")),
      /no duration "lunch break time".*request expiry time/,
    )
  })

  it("durationPattern - should match numbers with units and named durations only", () => {
    const whole = new RegExp(`^(?:${durationPattern.source})$`)
    for (const ok of [
      "150 ms",
      "1.5 heartbeat intervals",
      "2 expiry times",
      "the reply timeout",
      "the client timeout",
      "the quiet period",
    ])
      assert.match(ok, whole)
    for (const bad of ["150", "the broker", "fast"])
      assert.doesNotMatch(bad, whole)
  })
})
