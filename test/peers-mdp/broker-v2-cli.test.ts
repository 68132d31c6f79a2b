import assert from "node:assert/strict"
import { spawn } from "node:child_process"
import { describe, it } from "node:test"
import { bin, exitCode, line, marque } from "./cli-helpers"
import { RawPeer } from "./helpers"

describe("marque broker --protocol", () => {
  it("should say in --help that it serves exactly one version per bind", async () => {
    const r = await marque("broker", "--help")
    assert.equal(r.code, 0)
    assert.match(r.stdout, /exactly one protocol version per bind/)
    assert.match(r.stdout, /--protocol <version>/)
    assert.match(r.stdout, /"mdp\/0\.1", "mdp\/0\.2"/)
  })

  for (const args of [
    ["--protocol", "mdp/0.3"],
    ["--protocol", "mdp/0.2", "--fault", "drop-empty-frame"],
  ]) {
    it(`should exit 2 on ${args.join(" ")}`, async () => {
      const r = await marque("broker", "--bind", "tcp://127.0.0.1:*", ...args)
      assert.equal(r.code, 2)
      assert.equal(r.stdout, "")
      assert.notEqual(r.stderr, "")
    })
  }

  it("should serve MDP/0.2 with --protocol mdp/0.2", async () => {
    const child = spawn(
      "node",
      [
        bin,
        "broker",
        "--bind",
        "tcp://127.0.0.1:*",
        "--protocol",
        "mdp/0.2",
      ].concat(["--heartbeat-ms", "50", "--log-level", "silent"]),
      { stdio: ["ignore", "pipe", "inherit"] },
    )
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000)
    let peer: RawPeer | undefined
    try {
      const endpoint = (await line(child, /^bound (\S+)$/))[1]
      assert.ok(endpoint, "the broker printed its endpoint")
      peer = new RawPeer(endpoint)
      await peer.send(["MDPW02", Buffer.from([1]), "echo"])
      assert.deepEqual(await peer.next(1000), [
        Buffer.from("MDPW02"),
        Buffer.from([5]),
      ])
      child.kill("SIGTERM")
      assert.equal(await exitCode(child), 0)
    } finally {
      clearTimeout(timer)
      peer?.close()
      if (child.exitCode === null) child.kill("SIGKILL")
    }
  })
})
