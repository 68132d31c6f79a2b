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

test("Python broker reading worker commands as the Guide's mdbroker.c does - @malformed blames MDP-22, naming what it acted on", async () => {
  const run = await runSuite([
    "--protocol",
    "mdp/0.1",
    "--role",
    "broker",
    "--tags",
    "@malformed",
    "--start",
    `${peer("mdp_broker.py")} {endpoint} --heartbeat-ms 150 --liveness 3 --guide-parsing`,
    "--heartbeat-ms",
    "150",
    "--liveness",
    "3",
  ])
  assert.equal(run.code, 1, explain(run))
  assert.deepEqual(
    withVerdict(run, "fail", "non-strict"),
    ["MDP-22"],
    explain(run),
  )
  // The mutation, its golden vector, and the rule its decode error names.
  const detail = run.results.find(r => r.id === "MDP-22")!.detail
  assert.match(
    detail,
    /Worker(Ready|Reply): [^"]+ of "[^"]+" \(breaks MDP-\d+: /,
    detail,
  )
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
