import assert from "node:assert/strict"
import { join } from "node:path"
import { test } from "node:test"
import { explain, root, runSuite, withVerdict } from "./run-suite"

/** The Python worker heartbeating every `ms` while it declares 150 ms and liveness 3 (a 450 ms window). */
const worker = (ms: number) =>
  runSuite([
    "--protocol",
    "mdp/0.1",
    "--role",
    "worker",
    "--tags",
    "@MDP-43",
    "--start",
    `exec /usr/bin/python3 "${join(root, "test/peers/mdp_worker.py")}" {endpoint} {service} --heartbeat-ms ${ms} --liveness 3 --reconnect-ms 150`,
    "--heartbeat-ms",
    "150",
    "--liveness",
    "3",
    "--reconnect-ms",
    "150",
  ])

test("a heartbeat later than 1.5 intervals but within the liveness window is non-strict; past the window it fails", async () => {
  const [late, lost] = await Promise.all([worker(300), worker(600)])
  assert.equal(late.code, 0, explain(late))
  assert.deepEqual(
    withVerdict(late, "fail", "non-strict"),
    ["MDP-43"],
    explain(late),
  )
  assert.equal(late.verdicts["MDP-43"], "non-strict", explain(late))
  assert.match(
    late.results.find(r => r.id === "MDP-43")!.detail,
    /within the liveness window/,
  )
  assert.equal(lost.code, 1, explain(lost))
  assert.equal(lost.verdicts["MDP-43"], "fail", explain(lost))
})
