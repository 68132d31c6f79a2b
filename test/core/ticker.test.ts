import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { every, sleep } from "../../src/core/ticker"

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
