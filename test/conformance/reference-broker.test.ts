import assert from "node:assert/strict"
import { test } from "node:test"
import { explain, runSuite, withVerdict } from "./run-suite"

/**
 * The README's main job: the whole broker suite against marque's own broker.
 * Every MUST and SHOULD the suite covers is met, and the run stays quick.
 */
test("reference broker - meets every requirement the broker suite covers", async () => {
  const started = Date.now()
  const run = await runSuite(["--protocol", "mdp/0.1", "--role", "broker", "--reference"])
  assert.equal(run.code, 0, explain(run))
  assert.deepEqual(withVerdict(run, "fail", "non-strict"), [], explain(run))
  const skipped = run.results.filter(r => r.verdict === "skip")
  for (const r of skipped) assert.match(r.detail, /^not covered: /, `${r.id} skipped: ${r.detail}`)
  assert.ok(run.results.filter(r => r.verdict === "pass").length >= 30, "at least 30 requirements judged")
  assert.match(run.stdout, /requirement\s+level\s+verdict/, "prints the per-requirement table")
  assert.ok(Date.now() - started < 90_000, `suite took ${Date.now() - started} ms`)
})
