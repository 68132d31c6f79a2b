import assert from "node:assert/strict"
import { execFileSync } from "node:child_process"
import { join } from "node:path"
import { test } from "node:test"
import { explain, root, runSuite, withVerdict } from "./run-suite"

const python = "/usr/bin/python3"
const broker = join(root, "test/peers/mdp_broker.py")

/**
 * The independent Python broker proves the suite is fair: written apart from
 * marque's peers, it must pass where it follows the spec, and be reported
 * precisely where it chose differently. Its choices are in its docstring.
 */
test("independent Python broker - judged conformant, with its documented choices graded", async () => {
  execFileSync(python, ["-c", "import zmq"], { stdio: "pipe" }) // python3-zmq: `bash .ci/deps.sh` installs it
  const run = await runSuite([
    "--protocol", "mdp/0.1", "--role", "broker",
    "--start", `exec ${python} "${broker}" {endpoint} --heartbeat-ms 150 --liveness 3`,
    "--heartbeat-ms", "150", "--liveness", "3",
  ])
  assert.equal(run.code, 0, explain(run))
  assert.deepEqual(withVerdict(run, "fail"), [], explain(run))
  // It never resends the request of a dead worker: a MAY it does not offer.
  assert.deepEqual(withVerdict(run, "non-strict"), ["MDP-49"], explain(run))
  // It does not expire queued requests, and says so by declaring no expiry time.
  assert.match(run.results.find(r => r.id === "MDP-15")!.detail, /declares no request expiry/)
})
