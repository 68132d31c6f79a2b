import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { Backoff } from "../../src/core/backoff"

describe("Backoff", () => {
  it("doubles from the initial delay up to the cap, as the Guide's PPP worker does (1, 2, 4 … 32 s)", () => {
    const b = new Backoff({ initialMs: 1000, maxMs: 32_000 })
    assert.deepEqual(
      Array.from({ length: 8 }, () => b.next()),
      [1000, 2000, 4000, 8000, 16_000, 32_000, 32_000, 32_000],
    )
    assert.equal(b.failures, 8)
  })

  it("starts over after a success", () => {
    const b = new Backoff({ initialMs: 100, maxMs: 1000 })
    b.next()
    b.next()
    b.reset()
    assert.equal(b.next(), 100)
  })

  it("jitter only shortens a delay, never past the declared fraction", () => {
    const lowest = new Backoff({
      initialMs: 1000,
      maxMs: 4000,
      jitter: 0.25,
      random: () => 0.999999,
    })
    const highest = new Backoff({
      initialMs: 1000,
      maxMs: 4000,
      jitter: 0.25,
      random: () => 0,
    })
    assert.deepEqual(
      [lowest.next(), lowest.next(), lowest.next(), lowest.next()],
      [750, 1500, 3000, 3000],
    )
    assert.deepEqual(
      [highest.next(), highest.next(), highest.next(), highest.next()],
      [1000, 2000, 4000, 4000],
    )
  })

  it("spreads peers that fail together", () => {
    const delays = new Set(
      Array.from({ length: 50 }, () =>
        new Backoff({ initialMs: 1000, maxMs: 1000, jitter: 0.5 }).next(),
      ),
    )
    assert.ok(
      delays.size > 10,
      `50 peers drew only ${delays.size} distinct delays`,
    )
    for (const d of delays)
      assert.ok(d >= 500 && d <= 1000, `${d} outside [500, 1000]`)
  })

  it("a fixed delay is a back-off whose cap is its start", () => {
    const b = new Backoff({ initialMs: 2500, maxMs: 2500 })
    assert.deepEqual([b.next(), b.next(), b.next()], [2500, 2500, 2500])
  })

  it("refuses settings that make no sense", () => {
    assert.throws(() => new Backoff({ initialMs: 10, maxMs: 5 }), RangeError)
    assert.throws(
      () => new Backoff({ initialMs: 10, maxMs: 50, jitter: 1.5 }),
      RangeError,
    )
    assert.throws(
      () => new Backoff({ initialMs: 10, maxMs: 50, factor: 0.5 }),
      RangeError,
    )
  })
})
