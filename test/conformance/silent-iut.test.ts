import assert from "node:assert/strict"
import { test } from "node:test"
import { explain, node, runSuite, withVerdict } from "./run-suite"

/**
 * A check that something does not happen passes trivially against an IUT that
 * does nothing. The scenarios built on silence (no response to READY, nothing
 * after DISCONNECT, no heartbeat to a dead worker, nothing to a connection
 * that said nothing) must first or afterwards see the broker alive, so a TCP
 * listener that never speaks ZeroMQ passes none of them.
 */
test("a broker that accepts connections and never speaks passes no requirement", async () => {
  const silent = `exec "${node}" -e "require('net').createServer(() => {}).listen({port}, '{host}')"`
  const run = await runSuite([
    "--protocol",
    "mdp/0.1",
    "--role",
    "broker",
    "--start",
    silent,
    "--heartbeat-ms",
    "150",
    "--liveness",
    "3",
    "--tags",
    "@MDP-28 or @MDP-31 or @MDP-32 or @MDP-46",
  ])
  assert.equal(run.code, 1, explain(run))
  assert.deepEqual(withVerdict(run, "pass", "non-strict"), [], explain(run))
  assert.ok(withVerdict(run, "fail").length > 0, explain(run))
})
