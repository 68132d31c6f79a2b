import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { ManualClock } from "../../src/core/clock"
import { Heartbeat } from "../../src/core/heartbeat"

function setup(intervalMs = 100, liveness = 3) {
  const clock = new ManualClock(1000)
  return { clock, beat: new Heartbeat({ intervalMs, liveness, clock }) }
}

describe("Heartbeat", () => {
  it("should be due one interval after the link opens", () => {
    const { clock, beat } = setup()
    assert.equal(beat.sendDue(), false)
    clock.advance(99)
    assert.equal(beat.sendDue(), false)
    clock.advance(1)
    assert.equal(beat.sendDue(), true)
  })

  it("should count any send as a heartbeat", () => {
    const { clock, beat } = setup()
    clock.advance(90)
    beat.sent()
    clock.advance(90)
    assert.equal(
      beat.sendDue(),
      false,
      "a send 90 ms ago postpones the heartbeat",
    )
    clock.advance(10)
    assert.equal(beat.sendDue(), true)
  })

  it("should expire after interval × liveness of silence", () => {
    const { clock, beat } = setup(100, 3)
    assert.equal(beat.expiryMs, 300)
    clock.advance(299)
    assert.equal(beat.expired(), false)
    clock.advance(1)
    assert.equal(beat.expired(), true)
    assert.equal(beat.silentMs(), 300)
  })

  it("should restart the silence on heard()", () => {
    const { clock, beat } = setup(100, 3)
    clock.advance(250)
    beat.heard()
    clock.advance(250)
    assert.equal(beat.expired(), false)
    clock.advance(50)
    assert.equal(beat.expired(), true)
  })

  it("should keep sending and hearing apart", () => {
    const { clock, beat } = setup(100, 3)
    for (let i = 0; i < 5; i++) {
      clock.advance(100)
      beat.sent()
    }
    assert.equal(beat.expired(), true, "our own sends are no sign of the peer")
  })

  it("should reject nonsense settings", () => {
    const clock = new ManualClock()
    assert.throws(
      () => new Heartbeat({ intervalMs: 0, liveness: 3, clock }),
      RangeError,
    )
    assert.throws(
      () => new Heartbeat({ intervalMs: 10, liveness: 0, clock }),
      RangeError,
    )
  })
})

describe("ManualClock", () => {
  it("should move only when advanced, and never backwards", () => {
    const clock = new ManualClock(5)
    assert.equal(clock.now(), 5)
    clock.advance(10)
    assert.equal(clock.now(), 15)
    assert.throws(() => clock.advance(-1), RangeError)
  })
})
