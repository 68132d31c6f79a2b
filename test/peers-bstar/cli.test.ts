import assert from "node:assert/strict"
import { type ChildProcess, spawn } from "node:child_process"
import { afterEach, describe, it } from "node:test"
import { Reply } from "zeromq"
import { freePort } from "../../src/harness/endpoints"
import { ask } from "../../src/protocols/bstar/suite/probe-client"
import { FakePeer } from "../../src/protocols/bstar/suite/fake-peer"
import { StateWatch } from "../../src/protocols/bstar/suite/state-watch"
import { bin, exitCode, line, marque } from "../peers-mdp/cli-helpers"
import { body, HB } from "./helpers"

const ep = (port: number) => `tcp://127.0.0.1:${port}`

describe("marque bstar pair|client", () => {
  const children: ChildProcess[] = []
  afterEach(() => {
    for (const c of children.splice(0))
      if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL")
  })

  function start(...args: string[]): ChildProcess {
    const child = spawn("node", [bin, "bstar", ...args], {
      stdio: ["ignore", "pipe", "pipe"],
    })
    child.stderr!.resume()
    children.push(child)
    return child
  }

  /** Ports for one pair: frontends and statepubs of primary and backup. */
  async function pairPorts() {
    const [pf, bf, ps, bs] = await Promise.all(
      [1, 2, 3, 4].map(() => freePort()),
    )
    return { pf: ep(pf), bf: ep(bf), ps: ep(ps), bs: ep(bs) }
  }

  async function server(
    role: "primary" | "backup",
    p: Awaited<ReturnType<typeof pairPorts>>,
    ...more: string[]
  ) {
    const [frontend, statepub, peer] =
      role === "primary" ? [p.pf, p.ps, p.bs] : [p.bf, p.bs, p.ps]
    const child = start(
      "pair",
      "--role",
      role,
      "--frontend",
      frontend,
      "--statepub",
      statepub,
      "--peer",
      peer,
      "--heartbeat-ms",
      String(HB),
      ...more,
    )
    await line(child, /^statepub /)
    return child
  }

  function client(p: Awaited<ReturnType<typeof pairPorts>>, ...more: string[]) {
    return start(
      "client",
      "--primary",
      p.pf,
      "--backup",
      p.bf,
      "--timeout-ms",
      String(2 * HB),
      "--settle-ms",
      String(3 * HB),
      "--pace-ms",
      String(HB),
      ...more,
    )
  }

  /**
   * Waits until the backup has heard the primary (it publishes PASSIVE). A
   * backup that never did stays BACKUP and answers no client (BSTAR-10):
   * killing the primary before then, as a loaded machine can, tests nothing.
   */
  async function backupPassive(p: Awaited<ReturnType<typeof pairPorts>>) {
    const watch = new StateWatch("backup", p.bs)
    try {
      const passive = await watch.first(
        s => s.state === "PASSIVE",
        performance.now() + 10_000,
      )
      assert.ok(passive, `backup published ${JSON.stringify(watch.seen)}`)
    } finally {
      await watch.close()
    }
  }

  it("fails over when the primary is killed (kill -9), and the client carries on with the backup", async () => {
    const p = await pairPorts()
    const primary = await server("primary", p)
    await server("backup", p)
    await backupPassive(p)
    const c = client(p, "--requests", "6")
    let kills = 0
    const lines: string[] = []
    for await (const l of (await import("node:readline")).createInterface({
      input: c.stdout!,
    })) {
      lines.push(l)
      if (lines.length === 2 && kills++ === 0) primary.kill("SIGKILL")
    }
    assert.equal(await exitCode(c, 20_000), 0)
    assert.deepEqual(lines.slice(0, 2), ["1 primary", "2 primary"])
    assert.deepEqual(lines.slice(2), [
      "3 backup",
      "4 backup",
      "5 backup",
      "6 backup",
    ])
  })

  it("a primary restarted after a failover comes back passive (BSTAR-11 at the backup, BSTAR-8)", async () => {
    const p = await pairPorts()
    const primary = await server("primary", p)
    const backup = await server("backup", p)
    const c = client(p, "--requests", "1")
    assert.equal(await exitCode(c, 5000), 0)
    await backupPassive(p)
    primary.kill("SIGKILL")
    // The vote: the backup takes over on a request once the primary is dead.
    // Patient (a reply may take a second on a loaded machine): what is judged
    // here is the primary coming back, not the client's timing.
    const late = client(
      p,
      ...["--requests", "1", "--settle-ms", String(3 * HB)],
      ...["--timeout-ms", "1000", "--give-up-after", "12"],
    )
    await line(late, /^1 backup$/, 10_000)
    const watch = new StateWatch("primary", p.ps)
    try {
      await server("primary", p)
      const passive = await watch.first(
        s => s.state === "PASSIVE",
        performance.now() + 10 * HB,
      )
      assert.ok(passive, `primary published ${JSON.stringify(watch.seen)}`)
      assert.ok(!watch.seen.some(s => s.state === "ACTIVE"))
      assert.equal(backup.exitCode, null, "the backup still runs")
    } finally {
      await watch.close()
    }
  })

  it("the client exits 1 when both servers are gone", async () => {
    const p = await pairPorts()
    const c = client(p, "--give-up-after", "4")
    const code = await exitCode(c, 10_000)
    assert.equal(code, 1)
  })

  it("exits 1 reporting dual actives (BSTAR-16)", async () => {
    const fake = new FakePeer("fake backup", HB)
    try {
      const peer = await fake.bind("tcp://127.0.0.1:*")
      const [f, s] = await Promise.all([freePort(), freePort()])
      const child = start(
        "pair",
        "--role",
        "primary",
        "--frontend",
        ep(f),
        "--statepub",
        ep(s),
        "--peer",
        peer,
        "--heartbeat-ms",
        String(HB),
        "--log-level",
        "silent",
      )
      let stderr = ""
      child.stderr!.on("data", d => (stderr += d))
      fake.announce("BACKUP")
      await line(child, /^statepub /)
      await new Promise(r => setTimeout(r, 3 * HB))
      fake.announce("ACTIVE")
      assert.equal(await exitCode(child, 5000), 1)
      assert.match(stderr, /fatal: dual actives/)
    } finally {
      await fake.close()
    }
  })

  it("--forward: an accepted request goes to a REQ-style server and its reply comes back", async () => {
    const backend = new Reply({ linger: 0 })
    await backend.bind("tcp://127.0.0.1:*")
    const serving = (async () => {
      for await (const msg of backend)
        await backend.send(["from backend", ...msg])
    })().catch(() => {})
    try {
      const p = await pairPorts()
      await server("primary", p, "--forward", backend.lastEndpoint!)
      await server("backup", p)
      let a = await ask("c", p.pf, body("x"), 10 * HB)
      for (let i = 0; a.kind !== "reply" && i < 5; i++)
        a = await ask("c", p.pf, body("x"), 10 * HB)
      assert.deepEqual(a.kind === "reply" && a.body.map(String), [
        "from backend",
        "x",
      ])
    } finally {
      backend.close()
      await serving
    }
  })

  for (const args of [
    [
      "pair",
      "--role",
      "leader",
      "--frontend",
      "tcp://127.0.0.1:1",
      "--statepub",
      "tcp://127.0.0.1:2",
      "--peer",
      "tcp://127.0.0.1:3",
    ],
    [
      "pair",
      "--role",
      "primary",
      "--frontend",
      "nowhere",
      "--statepub",
      "tcp://127.0.0.1:2",
      "--peer",
      "tcp://127.0.0.1:3",
    ],
    [
      "client",
      "--primary",
      "tcp://127.0.0.1:1",
      "--backup",
      "tcp://127.0.0.1:2",
      "--give-up-after",
      "2",
    ],
    [
      "client",
      "--primary",
      "tcp://127.0.0.1:1",
      "--backup",
      "tcp://127.0.0.1:2",
      "--fault",
      "nope",
    ],
  ])
    it(`exits 2 on bad arguments: ${args.slice(0, 3).join(" ")} …`, async () => {
      const r = await marque("bstar", ...args)
      assert.equal(r.code, 2, r.stderr)
    })
})
