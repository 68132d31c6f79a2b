import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { ManualClock } from "../../src/core/clock"
import { Throttle } from "../../src/core/throttle"

// Throttle keys carry peer-chosen text (service names): the map must stay
// bounded, and no suppressed count may vanish with a dropped key.
describe("Throttle memory bounds", () => {
  it("should sweep keys idle for a whole window, handing over their counts", () => {
    const clock = new ManualClock()
    const forgotten: Array<[string, number]> = []
    const t = new Throttle(100, clock, 1000, (k, n) => forgotten.push([k, n]))
    for (let i = 0; i < 500; i++) t.take(`service-${i}`)
    t.take("noisy")
    t.take("noisy")
    t.take("noisy")
    assert.equal(t.size, 501)
    clock.advance(150)
    t.take("fresh")
    assert.equal(t.size, 502, "closed less than a window ago: kept")
    clock.advance(100)
    t.take("fresh")
    assert.equal(t.size, 1, "only the key still in use is left")
    assert.deepEqual(forgotten, [["noisy", 2]])
  })

  it("should evict the oldest key past maxKeys", () => {
    const clock = new ManualClock()
    const forgotten: string[] = []
    const t = new Throttle(1000, clock, 3, k => forgotten.push(k))
    t.take("a")
    t.take("a")
    for (const k of ["b", "c", "d"]) t.take(k)
    assert.equal(t.size, 3)
    assert.deepEqual(forgotten, ["a"], "a's one suppressed event is reported")
    assert.equal(t.take("b"), undefined, "b's window is still open")
  })

  it("should still report a count on the key's next line within a window", () => {
    const clock = new ManualClock()
    const t = new Throttle(100, clock)
    t.take("k")
    t.take("k")
    clock.advance(120)
    assert.equal(t.take("k"), 1)
  })
})
