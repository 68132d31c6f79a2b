import assert from "node:assert/strict"
import { execFileSync } from "node:child_process"
import { join } from "node:path"
import { before, describe, test } from "node:test"
import { explain, root, runSuite, withVerdict } from "../conformance/run-suite"

const python = "/usr/bin/python3"
const peer = (file: string) =>
  `exec ${python} "${join(root, "test/peers", file)}"`

/**
 * Independent Python Freelance peers (test/peers/flp_*.py, rfl_*.py),
 * written apart from marque's own (the Reliable Freelance ones from the
 * seed's rules and the fixes of its defects), judged by the suites: each
 * suite run once, all four at a time, with the verdict of every requirement
 * it judged pinned down.
 */
before(() => {
  // python3-zmq: `bash .ci/deps.sh` (run by `npm test`) installs it or says why it cannot
  execFileSync(python, ["-c", "import zmq"], { stdio: "pipe" })
})

describe("independent Python Freelance peers", { concurrency: 4 }, () => {
  test("Python FLP server - every requirement the suite judges passes", async () => {
    const run = await runSuite([
      ...["--protocol", "flp", "--role", "server"],
      ...["--start", `${peer("flp_server.py")} {endpoint}`],
    ])
    assert.equal(run.code, 0, explain(run))
    assert.deepEqual(withVerdict(run, "fail", "non-strict"), [], explain(run))
    assert.deepEqual(
      withVerdict(run, "pass"),
      ["FLP-10", "FLP-12", "FLP-2", "FLP-4", "FLP-7", "FLP-9", "FLP-S1"],
      explain(run),
    )
  })

  test("Python FLP model-3 client - fails over, reports each reply once, gives up, sends only to servers it heard from", async () => {
    const run = await runSuite([
      ...["--protocol", "flp", "--role", "client"],
      ...["--heartbeat-ms", "100", "--client-timeout-ms", "2000"],
      "--start",
      `${peer("flp_client.py")} {endpoints} {count} {body} --ping-ms 100 --ttl-ms 300 --attempt-ms 300 --timeout-ms 2000`,
    ])
    assert.equal(run.code, 0, explain(run))
    assert.deepEqual(withVerdict(run, "fail", "non-strict"), [], explain(run))
    assert.deepEqual(
      withVerdict(run, "pass"),
      ["FLP-1", "FLP-3", "FLP-8", "FLP-C1", "FLP-C2", "FLP-C3", "FLP-C4"],
      explain(run),
    )
  })

  test("Python RFL server - every requirement the suite judges passes, SHOULDs included", async () => {
    const run = await runSuite([
      ...["--protocol", "rfl", "--role", "server"],
      ...["--start", `${peer("rfl_server.py")} {endpoint} --counter`],
    ])
    assert.equal(run.code, 0, explain(run))
    assert.deepEqual(withVerdict(run, "fail", "non-strict"), [], explain(run))
    assert.equal(withVerdict(run, "pass").length, 17, explain(run))
  })

  test("Python RFL client - retries, back-off, failover, ranking, late answers, ERROR, malformed answers, DEAD marking and a server down at the start as the suite reads them", async () => {
    const run = await runSuite([
      ...["--protocol", "rfl", "--role", "client"],
      ...["--heartbeat-ms", "100", "--client-timeout-ms", "300"],
      ...["--client-retries", "4", "--retry-base-ms", "200"],
      ...["--client-heartbeat-timeout-ms", "5000"],
      "--start",
      `${peer("rfl_client.py")} {endpoints} {count} {body} --heartbeat-ms 100 --heartbeat-timeout-ms 5000 --request-timeout-ms 300 --retries 4 --retry-base-ms 200`,
    ])
    assert.equal(run.code, 0, explain(run))
    assert.deepEqual(withVerdict(run, "fail", "non-strict"), [], explain(run))
    assert.deepEqual(
      withVerdict(run, "pass"),
      [
        ...["MARQUE-ROBUST-1", "RFL-2", "RFL-3", "RFL-4", "RFL-8", "RFL-C1"],
        ...["RFL-C10", "RFL-C12", "RFL-C13", "RFL-C14", "RFL-C15", "RFL-C18"],
        ...["RFL-C19", "RFL-C2", "RFL-C20", "RFL-C3", "RFL-C4", "RFL-C6"],
        "RFL-C7",
      ],
      explain(run),
    )
  })
})
