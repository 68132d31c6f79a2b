import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { ManualClock } from "../../src/core/clock"
import { DeadlineQueue } from "../../src/core/deadline-queue"

function setup(capacity = 10, ttlMs = 100) {
  const clock = new ManualClock()
  return { clock, queue: new DeadlineQueue<string>({ capacity, ttlMs, clock }) }
}

describe("DeadlineQueue", () => {
  it("should hand items out first in, first out", () => {
    const { queue } = setup()
    queue.push("a")
    queue.push("b")
    assert.equal(queue.length, 2)
    assert.equal(queue.shift(), "a")
    assert.equal(queue.shift(), "b")
    assert.equal(queue.shift(), undefined)
  })

  it("should refuse items past capacity", () => {
    const { queue } = setup(2)
    assert.equal(queue.push("a"), true)
    assert.equal(queue.push("b"), true)
    assert.equal(queue.push("c"), false)
    assert.equal(queue.length, 2)
  })

  it("should skip expired items on shift and count them", () => {
    const { clock, queue } = setup(10, 100)
    queue.push("old")
    clock.advance(60)
    queue.push("young")
    clock.advance(40)
    assert.equal(queue.shift(), "young", "'old' waited 100 ms and expired")
    assert.equal(queue.expired, 1)
  })

  it("should purge expired items anywhere in the queue", () => {
    const { clock, queue } = setup(10, 100)
    queue.push("a")
    clock.advance(50)
    queue.push("b")
    clock.advance(50)
    queue.requeue("c")
    assert.deepEqual(queue.purge(), ["a"])
    assert.equal(queue.length, 2)
    clock.advance(50)
    assert.deepEqual(queue.purge(), ["b"])
    assert.equal(queue.shift(), "c")
    assert.equal(queue.expired, 2)
  })

  it("should requeue at the head with a fresh deadline, even when full", () => {
    const { clock, queue } = setup(1, 100)
    queue.push("waiting")
    clock.advance(90)
    queue.requeue("retry")
    assert.equal(queue.length, 2, "requeue ignores capacity")
    clock.advance(90)
    assert.equal(queue.shift(), "retry")
    assert.equal(queue.shift(), undefined, "'waiting' expired meanwhile")
  })

  it("should keep items forever when ttlMs is 0", () => {
    const { clock, queue } = setup(10, 0)
    queue.push("a")
    clock.advance(1e12)
    assert.deepEqual(queue.purge(), [])
    assert.equal(queue.shift(), "a")
  })
})
