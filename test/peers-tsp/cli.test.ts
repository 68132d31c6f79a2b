import assert from "node:assert/strict"
import type { ChildProcess } from "node:child_process"
import { afterEach, describe, it } from "node:test"
import { exitCode } from "../peers-mdp/cli-helpers"
import {
  broker,
  Cleanup,
  marqueTsp,
  scratch,
  serverProcess,
  stderr,
  worker,
} from "./helpers"

/** Runs `marque tsp …` to the end: exit code and stdout. */
async function run(args: string[], within = 10_000) {
  const child: ChildProcess = marqueTsp(args)
  let stdout = ""
  child.stdout!.on("data", (d: Buffer) => (stdout += d.toString()))
  const code = await exitCode(child, within)
  return { code, stdout, stderr: stderr(child) }
}

describe("marque tsp server|client", () => {
  const cleanup = new Cleanup()
  afterEach(() => cleanup.run())

  it("client - should submit, poll and print the reply, exit 0", async () => {
    const endpoint = await broker(cleanup)
    const { store } = scratch(cleanup)
    await serverProcess(cleanup, endpoint, store)
    await worker(cleanup, endpoint)
    const poll = ["--poll-ms", "20", "--poll-max-ms", "100"]
    const r = await run([
      "client",
      "--connect",
      endpoint,
      "--service",
      "echo",
      ...poll,
      "hello",
      "world",
    ])
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.stdout, "hello\nworld\n")
  })

  it("client - should exit 1 on 400 for an unknown UUID", async () => {
    const endpoint = await broker(cleanup)
    const { store } = scratch(cleanup)
    await serverProcess(cleanup, endpoint, store)
    const r = await run([
      "client",
      "--connect",
      endpoint,
      "--reply",
      "a".repeat(32),
    ])
    assert.equal(r.code, 1)
    assert.match(r.stderr, /titanic\.reply answered 400/)
  })

  it("server - should refuse a store another live server holds, exit 2", async () => {
    const endpoint = await broker(cleanup)
    const { store } = scratch(cleanup)
    await serverProcess(cleanup, endpoint, store)
    const r = await run(["server", "--connect", endpoint, "--store", store])
    assert.equal(r.code, 2)
    assert.match(r.stderr, /in use by process \d+/)
  })

  it("should exit 2 on bad arguments", async () => {
    const bad = [
      ["server", "--connect", "nowhere", "--store", "/tmp/x"],
      ["server", "--connect", "tcp://127.0.0.1:1"],
      [
        "server",
        "--connect",
        "tcp://127.0.0.1:1",
        "--store",
        "/tmp/x",
        "--fault",
        "nope",
      ],
      [
        "server",
        "--connect",
        "tcp://127.0.0.1:1",
        "--store",
        "/tmp/x",
        "--retry-ms",
        "10",
        "--retry-max-ms",
        "5",
      ],
      ["client", "--connect", "tcp://127.0.0.1:1"],
      ["client", "--connect", "tcp://127.0.0.1:1", "--service", "echo"],
      [
        "client",
        "--connect",
        "tcp://127.0.0.1:1",
        "--reply",
        "x",
        "--close",
        "y",
      ],
    ]
    const results = await Promise.all(bad.map(args => run(args)))
    results.forEach((r, i) =>
      assert.equal(r.code, 2, `${bad[i].join(" ")}: ${r.stderr}`),
    )
  })
})
