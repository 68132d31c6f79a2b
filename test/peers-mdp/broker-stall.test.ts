import assert from "node:assert/strict"
import { spawn } from "node:child_process"
import { describe, it } from "node:test"
import { bin, exitCode, line } from "./cli-helpers"
import { frames, RawPeer } from "./helpers"

const heartbeatMs = 100
const liveness = 3

/**
 * A broker process frozen (SIGSTOP: swapped out, a long GC, a busy machine)
 * for longer than its liveness window wakes to find its workers' heartbeats
 * waiting in its sockets. It must read them before judging liveness: a worker
 * that never stopped heartbeating is alive, so it keeps its registration and
 * gets the next request, not a DISCONNECT.
 */
describe("reference broker after a freeze", () => {
  it("should keep a worker that heartbeated all through the freeze", async () => {
    const broker = spawn(
      "node",
      [
        bin,
        "broker",
        "--bind",
        "tcp://127.0.0.1:*",
        "--heartbeat-ms",
        String(heartbeatMs),
        "--liveness",
        String(liveness),
        "--log-level",
        "silent",
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    )
    const guard = setTimeout(() => broker.kill("SIGKILL"), 10_000)
    const peers: RawPeer[] = []
    let beat: NodeJS.Timeout | undefined
    try {
      const endpoint = (await line(broker, /^bound (\S+)$/))[1]
      const worker = new RawPeer(endpoint)
      const client = new RawPeer(endpoint)
      peers.push(worker, client)
      await worker.send(frames.ready("echo"))
      beat = setInterval(
        () => worker.send(frames.heartbeat()).catch(() => {}),
        heartbeatMs,
      )
      await new Promise(r => setTimeout(r, 2 * heartbeatMs))

      broker.kill("SIGSTOP")
      await new Promise(r => setTimeout(r, 3 * liveness * heartbeatMs))
      broker.kill("SIGCONT")

      await client.send(frames.request("echo", "after the freeze"))
      const got = await worker.command(2000, true)
      assert.equal(
        got?.command,
        "REQUEST",
        `the worker got ${got?.command ?? "nothing"} after the freeze, not the request`,
      )
      broker.kill("SIGTERM")
      assert.equal(await exitCode(broker), 0)
    } finally {
      clearInterval(beat)
      clearTimeout(guard)
      for (const p of peers) p.close()
      if (broker.exitCode === null) broker.kill("SIGKILL")
    }
  })
})
