import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { ManualClock } from "../../src/core/clock"
import { Throttle } from "../../src/core/throttle"
import { tickPeriod } from "../../src/core/ticker"

describe("Throttle", () => {
  it("should let one event per key through per window", () => {
    const clock = new ManualClock()
    const throttle = new Throttle(1000, clock)
    assert.equal(throttle.take("bad-header"), 0)
    assert.equal(throttle.take("bad-header"), undefined)
    assert.equal(throttle.take("extra-frame"), 0, "keys are independent")
    clock.advance(999)
    assert.equal(throttle.take("bad-header"), undefined)
    clock.advance(1)
    assert.equal(throttle.take("bad-header"), 2, "reports what it suppressed")
    assert.equal(throttle.take("bad-header"), undefined)
  })
})

describe("tickPeriod", () => {
  it("should check ten times per interval, at most every 5 ms", () => {
    assert.equal(tickPeriod(2500), 250)
    assert.equal(tickPeriod(50), 5)
    assert.equal(tickPeriod(2), 2)
  })
})
