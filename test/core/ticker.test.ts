import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { every, sleep, ticks } from "../../src/core/ticker"

describe("every", () => {
  it("should tick until aborted, then end quietly", async () => {
    const abort = new AbortController()
    let ticks = 0
    for await (const _ of every(2, abort.signal))
      if (++ticks === 3) abort.abort()
    assert.equal(ticks, 3)
  })

  it("should not tick at all when already aborted", async () => {
    const abort = new AbortController()
    abort.abort()
    for await (const _ of every(1, abort.signal)) assert.fail("ticked")
  })
})

describe("ticks", () => {
  it("should say that the tick after a stall came late", async () => {
    const abort = new AbortController()
    const late: boolean[] = []
    for await (const l of ticks(30, abort.signal)) {
      late.push(l)
      // Blocks the event loop for five periods, as a busy machine might.
      const until = performance.now() + 150
      if (late.length === 2) while (performance.now() < until);
      if (late.length === 3) abort.abort()
    }
    assert.equal(late[2], true, "the tick after the stall")
    assert.equal(late[0], false, "the first tick, a period after the start")
  })
})

describe("sleep", () => {
  it("should resolve true after the delay", async () => {
    assert.equal(await sleep(1, new AbortController().signal), true)
  })

  it("should resolve false when aborted first", async () => {
    const abort = new AbortController()
    const slept = sleep(10_000, abort.signal)
    abort.abort()
    assert.equal(await slept, false)
  })
})
