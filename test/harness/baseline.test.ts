import assert from "node:assert/strict"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { after, describe, it } from "node:test"
import { UsageError } from "../../src/errors"
import { compareBaseline, readBaseline } from "../../src/harness/baseline"
import type { RequirementResult } from "../../src/harness/verdicts"

const dir = mkdtempSync(join(tmpdir(), "marque-baseline-"))
after(() => rmSync(dir, { recursive: true, force: true }))

let n = 0
/** Writes a baseline file and returns its path. */
function file(content: unknown): string {
  const path = join(dir, `baseline-${n++}.json`)
  writeFileSync(
    path,
    typeof content === "string" ? content : JSON.stringify(content),
  )
  return path
}

const failing = (...ids: string[]): RequirementResult[] =>
  ids.map(id => ({
    id,
    level: "must",
    statement: `statement of ${id}`,
    verdict: "fail",
    scenarios: [],
    detail: "",
    transcript: [],
  }))

describe("readBaseline", () => {
  it("should read the list form", () => {
    const b = readBaseline(
      file([
        { id: "MMI-2", reason: "checks the identity, not the service" },
        { id: "MDP-31", reason: "heartbeats late under load" },
      ]),
    )
    assert.deepEqual(
      [...b.expected],
      [
        ["MMI-2", "checks the identity, not the service"],
        ["MDP-31", "heartbeats late under load"],
      ],
    )
  })

  it("should read the {expectedFailures} form", () => {
    const b = readBaseline(
      file({ expectedFailures: [{ id: "MDP-15", reason: "no expiry" }] }),
    )
    assert.deepEqual([...b.expected], [["MDP-15", "no expiry"]])
  })

  it("should accept an empty list", () => {
    assert.equal(readBaseline(file([])).expected.size, 0)
  })

  const bad: Array<[string, unknown, RegExp]> = [
    ["an entry without a reason", [{ id: "MDP-1" }], /entry 0 needs .*reason/],
    [
      "an entry with a blank reason",
      [{ id: "MDP-1", reason: "  " }],
      /entry 0/,
    ],
    [
      "an entry without an id",
      [{ reason: "why" }],
      /entry 0 needs a string id/,
    ],
    ["a null entry", [{ id: "MDP-1", reason: "ok" }, null], /entry 1/],
    ["an object without expectedFailures", { failures: [] }, /expected a list/],
    ["a bare string", '"MDP-1"', /expected a list/],
    ["JSON null", "null", /expected a list/],
    ["invalid JSON", "[{id: MDP-1}", /cannot read baseline/],
  ]
  for (const [what, content, message] of bad) {
    it(`should reject ${what} with a UsageError`, () => {
      const path = file(content)
      assert.throws(
        () => readBaseline(path),
        (e: unknown) =>
          e instanceof UsageError &&
          message.test(e.message) &&
          e.message.includes(path),
      )
    })
  }

  it("should reject a missing file with a UsageError", () => {
    assert.throws(
      () => readBaseline(join(dir, "nope.json")),
      (e: unknown) =>
        e instanceof UsageError && /cannot read baseline/.test(e.message),
    )
  })
})

describe("compareBaseline", () => {
  const baseline = readBaseline(
    file([
      { id: "MMI-2", reason: "known" },
      { id: "MDP-31", reason: "known" },
    ]),
  )

  it("should report nothing when the failures are the listed ones", () => {
    assert.deepEqual(compareBaseline(baseline, failing("MMI-2", "MDP-31")), {
      unexpected: [],
      stale: [],
    })
  })

  it("should report a failure the baseline does not list as unexpected", () => {
    const c = compareBaseline(baseline, failing("MMI-2", "MDP-31", "MDP-16"))
    assert.deepEqual(c, { unexpected: ["MDP-16"], stale: [] })
  })

  it("should report a listed requirement that now passes as stale", () => {
    const c = compareBaseline(baseline, failing("MDP-31"))
    assert.deepEqual(c, { unexpected: [], stale: ["MMI-2"] })
  })

  it("should count a requirement once however often it is listed as failing", () => {
    const c = compareBaseline(baseline, failing("MDP-16", "MDP-16"))
    assert.deepEqual(c, { unexpected: ["MDP-16"], stale: ["MMI-2", "MDP-31"] })
  })
})
