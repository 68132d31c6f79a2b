import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { Slots } from "../../src/core/slots"

/** Whether a promise has settled, after pending microtasks ran. */
async function settled(p: Promise<unknown>): Promise<boolean> {
  let done = false
  p.then(
    () => (done = true),
    () => (done = true),
  )
  await new Promise(resolve => setImmediate(resolve))
  return done
}

describe("Slots", () => {
  it("should hand out `size` slots at once, then make callers wait", async () => {
    const slots = new Slots(2)
    await slots.acquire()
    await slots.acquire()
    const third = slots.acquire()
    assert.equal(await settled(third), false)
    assert.deepEqual([slots.inUse, slots.waiting], [2, 1])
    slots.release()
    assert.equal(await settled(third), true)
    assert.deepEqual([slots.inUse, slots.waiting], [2, 0])
  })

  it("should grant waiters in arrival order", async () => {
    const slots = new Slots(1)
    await slots.acquire()
    const order: number[] = []
    const waits = [1, 2, 3].map(n => slots.acquire().then(() => order.push(n)))
    for (let i = 0; i < 3; i++) slots.release()
    await Promise.all(waits)
    assert.deepEqual(order, [1, 2, 3])
  })

  it("should refuse waiters and later callers once closed", async () => {
    const slots = new Slots(1)
    await slots.acquire()
    const waiting = slots.acquire()
    const err = new Error("closed")
    slots.close(err)
    await assert.rejects(waiting, err)
    await assert.rejects(slots.acquire(), err)
  })

  it("should reject a release without an acquire, and a size below 1", () => {
    assert.throws(() => new Slots(1).release(), /without acquire/)
    assert.throws(() => new Slots(0), RangeError)
  })
})
