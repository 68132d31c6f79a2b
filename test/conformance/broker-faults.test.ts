import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { brokerFaults } from "../../src/peers/mdp/faults"
import { explain, marque, node, runSuite, withVerdict } from "./run-suite"

// Short timings keep each full-suite run to seconds; the suite is told the same
// values. 200 ms leaves room for two suites running side by side on 2 cores.
const timing = ["--heartbeat-ms", "200", "--liveness", "3", "--request-expiry-ms", "800"]
const broker = (fault: string) =>
  `exec "${node}" "${marque}" broker --bind {endpoint} ${timing.join(" ")} --log-level silent --fault ${fault}`

/**
 * Each fault switch breaks exactly the requirements it lists. The suite must
 * notice every one of them, and blame nothing else: a judge that misses a
 * fault, or blames the wrong rule, gives wrong verdicts on real brokers.
 */
describe("reference broker fault switches are caught with the right requirement", { concurrency: 2 }, () => {
  for (const [fault, info] of Object.entries(brokerFaults)) {
    test(`--fault ${fault} -> exactly ${info.violates.join(", ")} not met`, async () => {
      const run = await runSuite(["--protocol", "mdp/0.1", "--role", "broker", "--start", broker(fault), ...timing])
      const notMet = withVerdict(run, "fail", "non-strict")
      assert.deepEqual(notMet, [...info.violates].sort(), explain(run))
      const mustFail = withVerdict(run, "fail").length > 0
      assert.equal(run.code, mustFail ? 1 : 0, `exit code: ${explain(run)}`)
    })
  }
})
