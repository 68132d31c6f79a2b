import assert from "node:assert/strict"
import { test } from "node:test"
import { explain, runSuite, withVerdict } from "./run-suite"

/** The broker suite against a reference broker started with `binds`, the suite told of a separate {backend}. */
const judge = (binds: string) =>
  runSuite([
    "--protocol",
    "mdp/0.1",
    "--role",
    "broker",
    "--tags",
    "@MDP-39",
    "--backend",
    "tcp://{host}:{port}",
    "--start",
    `exec node bin/marque.js broker --protocol mdp/0.1 ${binds} --heartbeat-ms 150 --liveness 3 --log-level warn`,
    "--heartbeat-ms",
    "150",
    "--liveness",
    "3",
  ])

test("an MDP broker that binds two endpoints (clients on {endpoint}, workers on {backend}) is started with --start and judged", async () => {
  // Before --bind could repeat, only the last one counted: the clients'
  // {endpoint} was never bound and the run could not start.
  const both = await judge("--bind {endpoint} --bind {backend}")
  assert.equal(both.code, 0, explain(both))
  assert.deepEqual(withVerdict(both, "fail", "non-strict"), [], explain(both))
  assert.equal(both.verdicts["MDP-39"], "pass", explain(both))
})
