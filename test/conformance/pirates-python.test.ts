import assert from "node:assert/strict"
import { execFileSync } from "node:child_process"
import { join } from "node:path"
import { before, describe, test } from "node:test"
import { explain, root, runSuite, withVerdict } from "./run-suite"

const python = "/usr/bin/python3"
const peer = (file: string) =>
  `exec ${python} "${join(root, "test/peers", file)}"`

/**
 * Independent Python Pirate peers (test/peers/ppp_*.py, lpc_client.py),
 * written apart from marque's own: they pass where they follow the spec and
 * are graded precisely where their docstrings say they chose otherwise.
 */
before(() => {
  // python3-zmq: `bash .ci/deps.sh` (run by `npm test`) installs it or says why it cannot
  execFileSync(python, ["-c", "import zmq"], { stdio: "pipe" })
})

const ppp = ["--heartbeat-ms", "200", "--liveness", "3"]

describe("independent Python Pirate peers", { concurrency: 2 }, () => {
  test("Python PPP queue - conformant; the dead worker's request it does not resend is a MAY not offered", async () => {
    const run = await runSuite([
      ...["--protocol", "ppp", "--role", "queue", ...ppp],
      "--start",
      `${peer("ppp_queue.py")} {frontend} {backend} --heartbeat-ms 200 --liveness 3`,
    ])
    assert.equal(run.code, 0, explain(run))
    assert.deepEqual(withVerdict(run, "fail"), [], explain(run))
    assert.deepEqual(withVerdict(run, "non-strict"), ["PPP-16"], explain(run))
  })

  test("Python PPP queue heartbeating idle workers only, as ppqueue.c - PPP-9 non-strict, nothing else", async () => {
    const run = await runSuite([
      ...["--protocol", "ppp", "--role", "queue", ...ppp],
      "--tags",
      "not @faults",
      "--start",
      `${peer("ppp_queue.py")} {frontend} {backend} --heartbeat-ms 200 --liveness 3 --idle-heartbeats-only`,
    ])
    assert.equal(run.code, 0, explain(run))
    assert.deepEqual(
      withVerdict(run, "fail", "non-strict"),
      ["PPP-16", "PPP-9"],
      explain(run),
    )
  })

  test("Python PPP worker - conformant", async () => {
    const run = await runSuite([
      ...["--protocol", "ppp", "--role", "worker", ...ppp],
      ...["--reconnect-ms", "400", "--worker-busy-ms", "700"],
      "--start",
      `${peer("ppp_worker.py")} {endpoint} --heartbeat-ms 200 --liveness 3 --reconnect-ms 100 --reconnect-max-ms 400 --busy-ms 700`,
    ])
    assert.equal(run.code, 0, explain(run))
    assert.deepEqual(withVerdict(run, "fail", "non-strict"), [], explain(run))
  })

  test("Python Lazy Pirate client - conformant", async () => {
    const run = await runSuite([
      ...["--protocol", "lazy-pirate", "--role", "client"],
      ...["--client-timeout-ms", "400", "--client-retries", "3"],
      "--start",
      `${peer("lpc_client.py")} {endpoint} --timeout-ms 400 --retries 3`,
    ])
    assert.equal(run.code, 0, explain(run))
    assert.deepEqual(withVerdict(run, "fail", "non-strict"), [], explain(run))
  })
})
