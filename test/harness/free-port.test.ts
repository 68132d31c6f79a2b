import assert from "node:assert/strict"
import { spawn } from "node:child_process"
import { once } from "node:events"
import {
  existsSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs"
import { join } from "node:path"
import { describe, it, test } from "node:test"
import { freePort } from "../../src/harness/endpoints"
import { claimDir, claimPort } from "../../src/harness/port-claims"

const endpoints = require.resolve("../../src/harness/endpoints")

// A port from the kernel's ephemeral range can be taken, between the pick
// and the IUT's bind, as the local port of any outgoing connection.
test("free ports are picked outside the range outgoing connections draw from, and not twice", async () => {
  const range = readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8")
  const [lo, hi] = range.trim().split(/\s+/).map(Number)
  const ports = await Promise.all(Array.from({ length: 50 }, () => freePort()))
  for (const port of ports)
    assert.ok(
      port < lo || port > hi,
      `port ${port} is inside the ephemeral range ${lo}-${hi}`,
    )
  assert.equal(new Set(ports).size, ports.length, "a port handed out twice")
})

// Two suites side by side: a port one of them handed out stays its own while
// it lives, even while nothing listens there (its IUT down for a restart).
describe("port claims across marque processes", () => {
  const file = (port: number) => join(claimDir()!, String(port))
  const someone = (pid: number, port: number) =>
    writeFileSync(file(port), `${pid}\n`)

  it("a port claimed by another live process is not taken", async () => {
    const other = spawn("sleep", ["30"], { stdio: "ignore" })
    try {
      someone(other.pid!, 1)
      assert.equal(await claimPort(1), false)
      assert.equal(readFileSync(file(1), "utf8").trim(), String(other.pid))
    } finally {
      other.kill("SIGKILL")
      rmSync(file(1), { force: true })
    }
  })

  it("a claim whose process is gone, or that is over ten minutes old, is taken over", async () => {
    const gone = spawn("true")
    await once(gone, "exit")
    someone(gone.pid!, 2)
    assert.equal(await claimPort(2), true)
    assert.equal(readFileSync(file(2), "utf8").trim(), String(process.pid))
    someone(process.ppid, 3)
    const hourAgo = new Date(Date.now() - 3_600_000)
    utimesSync(file(3), hourAgo, hourAgo)
    assert.equal(await claimPort(3), true)
  })

  it("a process's claims go with it", async () => {
    const child = spawn(
      process.execPath,
      [
        "-e",
        `require(${JSON.stringify(endpoints)}).freePort().then(p => console.log(p))`,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    )
    let out = ""
    child.stdout.on("data", (c: Buffer) => (out += c))
    await once(child, "exit")
    const port = Number(out.trim())
    assert.ok(port > 0, `the child printed ${out}`)
    assert.equal(existsSync(file(port)), false, "its claim file is gone")
  })
})
