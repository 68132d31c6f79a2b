import assert from "node:assert/strict"
import { execFileSync } from "node:child_process"
import { join } from "node:path"
import { before, test } from "node:test"
import { explain, root, runSuite, withVerdict } from "../conformance/run-suite"

const python = "/usr/bin/python3"

before(() => {
  // python3-zmq: `bash .ci/deps.sh` (run by `npm test`) installs it or says why it cannot
  execFileSync(python, ["-c", "import zmq"], { stdio: "pipe" })
})

/**
 * An independent Titanic server (test/peers/tsp_titanic.py, its own store
 * layout and dispatcher) proves the suite judges the protocol, not marque's
 * own server: it must pass every MUST, the kill -9 scenarios included.
 */
test("Python Titanic - passes every requirement the suite checks, kill -9 included", async () => {
  const peer = join(root, "test/peers/tsp_titanic.py")
  const timings = ["--heartbeat-ms", "200", "--liveness", "5"]
  const run = await runSuite([
    "--protocol",
    "tsp",
    "--role",
    "server",
    "--start",
    `exec ${python} "${peer}" {endpoint} {dir} ${timings.join(" ")} --retry-ms 100`,
    ...timings,
    "--dispatch-ms",
    "2000",
  ])
  assert.equal(run.code, 0, explain(run))
  assert.deepEqual(withVerdict(run, "fail", "non-strict"), [], explain(run))
  assert.deepEqual(withVerdict(run, "skip"), ["TSP-4"], explain(run))
})
