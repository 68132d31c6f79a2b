import assert from "node:assert/strict"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, it } from "node:test"
import type { Verdict } from "../../src/harness/verdicts"
import { diffRuns } from "../../src/report/diff"
import type { RunResults } from "../../src/report/results"
import { cli } from "./helpers"

function run(verdicts: Record<string, Verdict>, role = "broker"): RunResults {
  return {
    protocol: "mdp/0.1",
    role,
    requirements: Object.entries(verdicts).map(([id, verdict]) => ({
      id,
      level: id === "MDP-2" ? "should" : "must",
      statement: "",
      verdict,
      scenarios: [],
      detail: "",
      transcript: [],
    })),
  }
}

function saved(r: RunResults): string {
  const dir = mkdtempSync(join(tmpdir(), "marque-diff-"))
  writeFileSync(join(dir, "results.json"), JSON.stringify(r))
  return dir
}

describe("marque diff: which requirements changed verdict", () => {
  it("a pass that now fails is a regression; a fix and a skip are not", () => {
    const c = diffRuns(
      run({ "MDP-4": "pass", "MDP-7": "fail", "MDP-16": "pass" }),
      run({ "MDP-4": "fail", "MDP-7": "pass", "MDP-16": "skip" }),
    )
    assert.deepEqual(
      c.map(x => [x.id, x.before, x.after, x.regression]),
      [
        ["MDP-4", "pass", "fail", true],
        ["MDP-7", "fail", "pass", false],
        ["MDP-16", "pass", "skip", false],
      ],
    )
  })

  it("a requirement new to the catalog that fails is a regression", () => {
    const c = diffRuns(run({}), run({ "MDP-9": "fail" }))
    assert.deepEqual(c, [
      {
        id: "MDP-9",
        level: "must",
        before: undefined,
        after: "fail",
        regression: true,
      },
    ])
  })

  it("non-strict counts only with --strict", () => {
    const before = run({ "MDP-2": "pass" })
    const after = run({ "MDP-2": "non-strict" })
    assert.equal(diffRuns(before, after)[0].regression, false)
    assert.equal(diffRuns(before, after, true)[0].regression, true)
  })

  it("refuses to compare different roles", () => {
    assert.throws(
      () => diffRuns(run({}), run({}, "worker")),
      /same protocol and role/,
    )
  })

  it("the command exits 1 on a new failure, 0 otherwise, 2 on a bad file", async () => {
    const good = saved(run({ "MDP-4": "pass" }))
    const bad = saved(run({ "MDP-4": "fail" }))
    const worse = await cli(["diff", good, bad])
    assert.equal(worse.code, 1, worse.stderr)
    assert.match(worse.stdout, /NEW FAILURE\s+MDP-4\s+MUST\s+pass -> fail/)
    const better = await cli(["diff", bad, join(good, "results.json")])
    assert.equal(better.code, 0, better.stderr)
    assert.match(better.stdout, /MDP-4\s+MUST\s+fail -> pass/)
    const same = await cli(["diff", good, good])
    assert.equal(same.code, 0)
    assert.match(same.stdout, /no requirement changed verdict/)
    const missing = await cli(["diff", good, join(good, "nope.json")])
    assert.equal(missing.code, 2)
    assert.match(missing.stderr, /cannot read results/)
  })
})
