import assert from "node:assert/strict"
import { test } from "node:test"
import { explain, runSuite, withVerdict } from "./run-suite"

/**
 * The @security scenarios pass against marque's broker as a CURVE server
 * (keys made for the run, the suite's key allowed through {curve_allow});
 * the fault switch that lets any key in is the self-check's (curve-accept-any).
 */
test("mdp/0.1 reference broker over CURVE passes SEC-1, SEC-2 and SEC-3", async () => {
  const run = await runSuite([
    "--protocol",
    "mdp/0.1",
    "--role",
    "broker",
    "--reference",
    "--curve",
    "--tags",
    "@security",
  ])
  assert.equal(run.code, 0, explain(run))
  assert.deepEqual(withVerdict(run, "pass"), ["SEC-1", "SEC-2", "SEC-3"])
})

test("CURVE flags that cannot work are usage errors (exit 2)", async () => {
  const base = ["--protocol", "mdp/0.1", "--role", "broker"]
  const cases: [string[], RegExp][] = [
    [[...base, "--curve"], /--curve needs the IUT's public key/],
    [
      [...base, "--start", "true", "--curve-server-key", "/nonexistent/b.key"],
      /\/nonexistent\/b\.key: cannot read/,
    ],
    [
      ["--protocol", "mdp/0.1", "--role", "worker", "--reference", "--curve"],
      /CURVE is judged where the IUT binds/,
    ],
  ]
  for (const [args, message] of cases) {
    const run = await runSuite(args, 30_000, { coverage: false })
    assert.equal(run.code, 2, explain(run))
    assert.match(run.stderr, message)
  }
})
