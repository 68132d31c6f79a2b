import assert from "node:assert/strict"
import { execFile, spawn } from "node:child_process"
import { once } from "node:events"
import { resolve } from "node:path"
import { createInterface } from "node:readline"
import { describe, it } from "node:test"
import { promisify } from "node:util"
import { RawPeer } from "./helpers"

const bin = resolve(__dirname, "../../../bin/marque.js")
const run = promisify(execFile)

async function marque(...args: string[]) {
  try {
    const { stdout, stderr } = await run("node", [bin, ...args], {
      timeout: 5000,
    })
    return { code: 0, stdout, stderr }
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

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
      const lines = createInterface({ input: child.stdout })
      let endpoint = ""
      for await (const l of lines) {
        endpoint = l.match(/^bound (\S+)$/)?.[1] ?? ""
        if (endpoint) break
      }
      assert.ok(endpoint, "the broker printed its endpoint")
      peer = new RawPeer(endpoint)
      await peer.send(["MDPW02", Buffer.from([1]), "echo"])
      assert.deepEqual(await peer.next(1000), [
        Buffer.from("MDPW02"),
        Buffer.from([5]),
      ])
      child.kill("SIGTERM")
      const [code] = await once(child, "exit")
      assert.equal(code, 0)
    } finally {
      clearTimeout(timer)
      peer?.close()
      if (child.exitCode === null) child.kill("SIGKILL")
    }
  })
})
