import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { buildConfig } from "../../src/cli/test-run"
import type { ScenarioResult } from "../../src/harness/collect"
import { labelTimingFailures, timingDependent } from "../../src/report/rerun"
import { brokerRun, brokerWith, results } from "./helpers"

const failed = (expected: string, actual: string): ScenarioResult => ({
  name: "s",
  uri: "f",
  tags: [],
  requirements: [],
  status: "FAILED",
  durationMs: 1,
  transcript: [],
  verdict: {
    observations: [],
    failure: { rule: "X-1", expected, actual, detail: "" },
  },
})

describe("failed timing-dependent scenarios are rerun and labelled", () => {
  it("a wait or a clock in the failure makes it timing-dependent; a wrong frame does not", () => {
    assert.ok(
      timingDependent(
        failed(
          "HEARTBEAT",
          "nothing of the kind reached worker w1 within 225 ms",
        ),
      ),
    )
    assert.ok(
      !timingDependent(
        failed(
          "a valid ClientReply",
          'frame 1 (header): expected "MDPC01", got "MDPC02"',
        ),
      ),
    )
    assert.ok(
      !timingDependent({ ...failed("", "within 1 ms"), status: "PASSED" }),
    )
  })

  it("deterministic when every rerun fails again, flaky when one passes; the label lands in results.json", async () => {
    const tags = "@MDP-43 and not @faults and not @malformed"
    const run = await brokerRun(brokerWith("no-heartbeat"), tags)
    assert.equal(run.code, 1, run.stdout)
    const config = (start: string) =>
      buildConfig({
        protocol: "mdp/0.1",
        role: "broker",
        start,
        tags,
        endpoints: {},
        options: { "heartbeat-ms": 150, liveness: 3, mmi: false },
      })
    const same = await labelTimingFailures(
      config(brokerWith("no-heartbeat")),
      run.dir,
      1,
    )
    assert.ok(same.size > 0, "the MDP-43 failures are timing-dependent")
    for (const [name, r] of same)
      assert.deepEqual(
        r,
        { attempts: 1, passed: 0, label: "deterministic" },
        name,
      )
    // The same scenarios against a broker that heartbeats pass: what a flaky IUT looks like on a rerun.
    const fixed = await labelTimingFailures(config(brokerWith()), run.dir, 1)
    for (const [name, r] of fixed) assert.equal(r.label, "flaky", name)
    const saved = results(run.dir).scenarios!.filter(s => s.rerun)
    assert.equal(saved.length, fixed.size)
    assert.ok(saved.every(s => s.rerun!.label === "flaky"))
  })
})
