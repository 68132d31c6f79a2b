import assert from "node:assert/strict"
import { test } from "node:test"
import { explain, runSuite, withVerdict } from "./run-suite"

test("a client IUT that sends another body than {body} gets a launch-contract error naming the contract, not a protocol requirement", async () => {
  const run = await runSuite([
    "--protocol",
    "mdp/0.1",
    "--role",
    "client",
    "--tags",
    "@MDP-6",
    "--start",
    "exec node bin/marque.js client --protocol mdp/0.1 --connect {endpoint} --service {service} --timeout-ms 300 --retries 3 --log-level warn not-{body}",
    "--client-timeout-ms",
    "300",
    "--client-retries",
    "3",
  ])
  assert.equal(run.code, 1, explain(run))
  assert.deepEqual(
    withVerdict(run, "fail", "non-strict"),
    ["MARQUE-CONTRACT-1"],
    explain(run),
  )
  const r = run.results.find(x => x.id === "MARQUE-CONTRACT-1")!
  assert.match(
    r.detail,
    /launch contract[^]*\["hello"\][^]*\["not-hello"\]/,
    r.detail,
  )
  // The scenario's protocol requirements are left open, not blamed.
  assert.equal(run.verdicts["MDP-6"], "skip", explain(run))
})
