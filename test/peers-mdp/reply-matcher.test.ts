import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { ManualClock } from "../../src/core/clock"
import { ReplyMatcher } from "../../src/protocols/mdp/peers/reply-matcher"

function setup(lateReplyMs = 100) {
  const clock = new ManualClock()
  return { clock, m: new ReplyMatcher<string>(lateReplyMs, clock) }
}

describe("ReplyMatcher", () => {
  it("should pair replies with requests per service, oldest first", () => {
    const { m } = setup()
    m.add("a", "a1")
    m.add("b", "b1")
    m.add("a", "a2")
    const waiter = (s: string) => {
      const r = m.match(s)
      return r.kind === "live" ? r.request.waiter : r.kind
    }
    assert.deepEqual(
      [waiter("b"), waiter("a"), waiter("a"), waiter("a")],
      ["b1", "a1", "a2", "unmatched"],
    )
    assert.equal(m.live, 0)
  })

  it("should drop the late reply of a timed-out request, not shift it onto the next", () => {
    const { clock, m } = setup()
    const first = m.add("a", "a1")
    m.expire(first)
    m.add("a", "a2")
    assert.equal(m.live, 1)
    clock.advance(50)
    assert.equal(m.match("a").kind, "late")
    const next = m.match("a")
    assert.equal(next.kind === "live" && next.request.waiter, "a2")
  })

  it("should count a late reply as lost after lateReplyMs", () => {
    const { clock, m } = setup()
    m.expire(m.add("a", "a1"))
    clock.advance(100)
    m.add("a", "a2")
    const next = m.match("a")
    assert.equal(next.kind === "live" && next.request.waiter, "a2")
  })

  it("should forget a request that never reached the wire", () => {
    const { m } = setup()
    const first = m.add("a", "a1")
    m.add("a", "a2")
    m.remove(first)
    const next = m.match("a")
    assert.equal(next.kind === "live" && next.request.waiter, "a2")
  })

  it("should hand back only live requests on drain", () => {
    const { m } = setup()
    m.expire(m.add("a", "a1"))
    m.add("a", "a2")
    m.add("b", "b1")
    assert.deepEqual(
      m.drain().map(r => r.waiter),
      ["a2", "b1"],
    )
    assert.equal(m.match("a").kind, "unmatched")
    assert.equal(m.live, 0)
  })
})
