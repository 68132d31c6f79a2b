import assert from "node:assert/strict"
import { test } from "node:test"
import { brokerRun, results } from "./helpers"

/**
 * A broker without 8/MMI, judged by a run that assumes MMI: the suite's
 * registration probe (mmi.service) goes unanswered. That is noticed in the
 * first scenario, the user is told to pass --no-mmi, and no later scenario
 * waits on the probe again.
 */
test("a broker that never answers mmi.service is noticed once and the run says to pass --no-mmi", async () => {
  const run = await brokerRun(
    "exec /usr/bin/python3 test/peers/mdp_broker.py {endpoint} --heartbeat-ms 150 --liveness 3 --no-mmi",
    "@MDP-17 or @MDP-48 or @MDP-39",
    [], // MMI claimed: the default
  )
  const told = run.stderr.match(/pass --no-mmi/g) ?? []
  assert.equal(told.length, 1, run.stderr)
  const scenarios = results(run.dir).scenarios!
  assert.ok(scenarios.length >= 3)
  const probes = scenarios.map(
    s =>
      s.transcript.filter(
        e => e.dir === "send" && e.frames.includes('"mmi.service"'),
      ).length,
  )
  const asked = probes.flatMap((n, i) => (n > 0 ? [i] : []))
  assert.equal(
    asked.length,
    1,
    `one scenario asked, then none: ${probes.join(",")}`,
  )
  assert.ok(
    scenarios[asked[0]].transcript.some(
      e => e.dir === "note" && /pass --no-mmi/.test(e.frames[0]),
    ),
    "the report says why",
  )
  // The broker routes fine: its REQUEST and REPLY verdicts do not suffer from the probe.
  const verdict = Object.fromEntries(
    results(run.dir).requirements.map(r => [r.id, r.verdict]),
  )
  assert.equal(verdict["MDP-17"], "pass")
})
