import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { junitXml } from "../../src/harness/junit"
import type { RequirementResult, Verdict } from "../../src/harness/verdicts"

function result(id: string, verdict: Verdict, detail = ""): RequirementResult {
  return {
    id,
    level: "must",
    statement: `statement of ${id}`,
    verdict,
    scenarios: [],
    detail,
    transcript: [],
  }
}

const results = [
  result("MDP-16", "pass"),
  result(
    "MDP-31",
    "fail",
    '-> MDP-31: no HEARTBEAT\nExpected: HEARTBEAT <150 ms\nActual: \u0000\u001b[31m & "quiet"',
  ),
  result("MDP-2", "non-strict", "disconnected the worker"),
  result("MMI-2", "skip", "not covered: needs <a> second broker"),
]

/** The testcase element for one requirement. */
function testcase(xml: string, id: string): string {
  const m = new RegExp(
    `<testcase [^>]*name="${id} [^"]*"[^]*?(</testcase>)`,
  ).exec(xml)
  assert.ok(m, `no testcase for ${id}`)
  return m[0]
}

/** Crude well-formedness: no raw control characters, balanced tags, no bare & or <. */
function assertWellFormed(xml: string): void {
  assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n'))
  // eslint-disable-next-line no-control-regex -- matching them is the point
  assert.doesNotMatch(xml, /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/)
  assert.doesNotMatch(xml, /&(?!(lt|gt|amp|quot|apos);)/)
  const stack: string[] = []
  for (const [, close, name, selfClose] of xml.matchAll(
    /<(\/?)([a-z-]+)[^>]*?(\/?)>/g,
  )) {
    if (selfClose) continue
    if (!close) stack.push(name)
    else assert.equal(stack.pop(), name, `</${name}> closes the wrong element`)
  }
  assert.deepEqual(stack, [], "unclosed elements")
  // Attribute values hold no raw < or ".
  for (const [, value] of xml.matchAll(/="([^"]*)"/g))
    assert.doesNotMatch(value, /</)
}

describe("junitXml", () => {
  const xml = junitXml("mdp/0.1 broker", results, 1.23456, false)

  it("should be well-formed XML", () => {
    assertWellFormed(xml)
  })

  it("should count tests, failures and skips on the testsuite", () => {
    assert.match(
      xml,
      /<testsuite name="mdp\/0.1 broker" tests="4" failures="1" skipped="1" time="1.235">/,
    )
  })

  it("should name each test case after its requirement", () => {
    assert.match(
      xml,
      /<testcase classname="mdp\/0.1 broker" name="MDP-16 MUST: statement of MDP-16"><\/testcase>/,
    )
  })

  it("should give a failing requirement a failure element with its first line", () => {
    const tc = testcase(xml, "MDP-31")
    assert.match(tc, /<failure message="-&gt; MDP-31: no HEARTBEAT">/)
    assert.match(tc, /Expected: HEARTBEAT &lt;150 ms/)
  })

  it("should replace control characters and escape markup", () => {
    const tc = testcase(xml, "MDP-31")
    assert.match(tc, /Actual: \?\?\[31m &amp; &quot;quiet&quot;<\/failure>/)
  })

  it("should give a skipped requirement a skipped element with its reason", () => {
    const tc = testcase(xml, "MMI-2")
    assert.match(
      tc,
      /<skipped message="not covered: needs &lt;a&gt; second broker"\/>/,
    )
    assert.doesNotMatch(tc, /<failure/)
  })

  it("should pass a non-strict requirement with its detail in system-out", () => {
    const tc = testcase(xml, "MDP-2")
    assert.doesNotMatch(tc, /<failure/)
    assert.match(
      tc,
      /<system-out>non-strict: disconnected the worker<\/system-out>/,
    )
  })

  it("strict - should fail a non-strict requirement", () => {
    const strict = junitXml("mdp/0.1 broker", results, 1, true)
    assertWellFormed(strict)
    assert.match(strict, /failures="2"/)
    assert.match(
      testcase(strict, "MDP-2"),
      /<failure message="disconnected the worker">/,
    )
  })

  it("should escape the suite name", () => {
    const odd = junitXml(`a<b & "c"`, [], 0, false)
    assertWellFormed(odd)
    assert.match(odd, /<testsuite name="a&lt;b &amp; &quot;c&quot;" tests="0"/)
  })
})
