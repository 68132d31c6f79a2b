import assert from "node:assert/strict"
import { execFileSync } from "node:child_process"
import { join } from "node:path"
import { before, test } from "node:test"
import { explain, root, runSuite, withVerdict } from "./run-suite"

const python = "/usr/bin/python3"
const peer = (file: string) =>
  `exec ${python} "${join(root, "test/peers", file)}"`

/**
 * Independent Python peers prove the suite is fair: written apart from
 * marque's own, they must pass where they follow the spec, and be reported
 * precisely where they chose differently (their docstrings list the choices).
 */
before(() => {
  // python3-zmq: `bash .ci/deps.sh` (run by `npm test`) installs it or says why it cannot
  execFileSync(python, ["-c", "import zmq"], { stdio: "pipe" })
})

test("Python broker - conformant; its documented choices graded, not failed", async () => {
  const run = await runSuite([
    "--protocol",
    "mdp/0.1",
    "--role",
    "broker",
    "--start",
    `${peer("mdp_broker.py")} {endpoint} --heartbeat-ms 150 --liveness 3`,
    "--heartbeat-ms",
    "150",
    "--liveness",
    "3",
  ])
  assert.equal(run.code, 0, explain(run))
  assert.deepEqual(withVerdict(run, "fail"), [], explain(run))
  // It never resends the request of a dead worker: a MAY it does not offer.
  assert.deepEqual(withVerdict(run, "non-strict"), ["MDP-49"], explain(run))
  // It keeps queued requests forever, and so declares no expiry time.
  assert.match(
    run.results.find(r => r.id === "MDP-15")!.detail,
    /declares no request expiry/,
  )
})

/** One malformed batch (the drop mutations) against the Python broker started with `flags`. */
const dropBatch = (flags: string) =>
  runSuite([
    "--protocol",
    "mdp/0.1",
    "--role",
    "broker",
    "--tags",
    "@mutation-drop",
    "--start",
    `${peer("mdp_broker.py")} {endpoint} --heartbeat-ms 150 --liveness 3 ${flags}`,
    "--heartbeat-ms",
    "150",
    "--liveness",
    "3",
  ])

test("Python broker parsing as the Guide's mdbroker.c and aborting on a body-less request - one run reports both: the REPLY it acted on (MDP-34, non-strict) and each crash (MARQUE-ROBUST-1, suite-defined)", async () => {
  const run = await dropBatch("--guide-parsing --abort-bodyless")
  assert.equal(run.code, 1, explain(run))
  assert.deepEqual(withVerdict(run, "fail"), ["MARQUE-ROBUST-1"], explain(run))
  assert.deepEqual(withVerdict(run, "non-strict"), ["MDP-34"], explain(run))
  const robust = run.results.find(r => r.id === "MARQUE-ROBUST-1")!
  assert.equal((robust as { source?: string }).source, "suite")
  assert.equal((robust as { suiteDefined?: boolean }).suiteDefined, true)
  // Both body-less client requests crash it; the suite restarts it and goes on.
  assert.match(
    robust.detail,
    /ClientRequest: drop service[^;]*then the IUT exited \(exit code 134\); case \d+ \(ClientRequest: drop body/,
    robust.detail,
  )
  const drop = run.results.find(r => r.id === "MDP-34")!.detail
  assert.match(
    drop,
    /WorkerReply: drop address delimiter[^;]*: the broker passed it on to requester-/,
    drop,
  )
})

test("Python broker forwarding a body-less client request - the same verdict every run: MDP-34 non-strict, never its REQUEST's layout (MDP-17)", async () => {
  // Two runs at once: the load they put on each other is what used to
  // decide which watcher failed first.
  const runs = await Promise.all(
    [1, 2].map(() => dropBatch("--forward-bodyless")),
  )
  for (const run of runs) {
    assert.equal(run.code, 0, explain(run))
    assert.deepEqual(
      withVerdict(run, "fail", "non-strict"),
      ["MDP-34"],
      explain(run),
    )
    const detail = run.results.find(r => r.id === "MDP-34")!.detail
    assert.match(
      detail,
      /acted on 1 of them[^]*ClientRequest: drop body[^]*passed it on to w1/,
      detail,
    )
  }
})

test("Python worker - conformant", async () => {
  const run = await runSuite([
    "--protocol",
    "mdp/0.1",
    "--role",
    "worker",
    "--start",
    `${peer("mdp_worker.py")} {endpoint} {service} --heartbeat-ms 150 --liveness 3 --reconnect-ms 150`,
    "--heartbeat-ms",
    "150",
    "--liveness",
    "3",
    "--reconnect-ms",
    "150",
  ])
  assert.equal(run.code, 0, explain(run))
  assert.deepEqual(withVerdict(run, "fail", "non-strict"), [], explain(run))
  assert.ok(withVerdict(run, "pass").length >= 15, explain(run))
})

test("Python client - conformant, including its retries", async () => {
  const run = await runSuite([
    "--protocol",
    "mdp/0.1",
    "--role",
    "client",
    "--start",
    `${peer("mdp_client.py")} {endpoint} {service} {body} --timeout-ms 300 --retries 3`,
    "--client-timeout-ms",
    "300",
    "--client-retries",
    "3",
  ])
  assert.equal(run.code, 0, explain(run))
  assert.deepEqual(withVerdict(run, "fail", "non-strict"), [], explain(run))
  assert.equal(run.verdicts["MDP-12"], "pass", explain(run))
})
