import assert from "node:assert/strict"
import { type ChildProcess, spawn } from "node:child_process"
import { resolve } from "node:path"
import { afterEach, describe, it } from "node:test"
import { Dealer } from "zeromq"
import { fatalExitCode } from "../../src/core/fatal"
import { bin, exitCode, line } from "./cli-helpers"
import { frames as f, RawBroker } from "./helpers"

const preload = resolve(__dirname, "fixtures", "inject-failures.js")

/** A peer CLI with a failure injected from outside its code (see the fixture). */
function peer(inject: string, ...args: string[]): ChildProcess {
  return spawn("node", ["-r", preload, bin, ...args], {
    env: { ...process.env, MARQUE_INJECT: inject },
    stdio: ["ignore", "pipe", "pipe"],
  })
}

/** A child's stderr as it comes: its lines, parsed where they are JSON. */
function stderrOf(child: ChildProcess) {
  let text = ""
  child.stderr!.on("data", (d: Buffer) => (text += d.toString()))
  const lines = () =>
    text
      .split("\n")
      .filter(l => l.trim() !== "")
      .map(l => {
        try {
          return JSON.parse(l) as Record<string, unknown>
        } catch {
          return { unstructured: l }
        }
      })
  /** Resolves once some line matches `pattern`; fails after `ms`. */
  const waitFor = async (pattern: RegExp, ms: number) => {
    const deadline = Date.now() + ms
    while (!pattern.test(text)) {
      if (Date.now() > deadline)
        throw new Error(`no stderr line matching ${pattern} within ${ms} ms`)
      await new Promise(r => setTimeout(r, 20))
    }
  }
  return { lines, waitFor }
}

// A peer whose async path fails logs exactly one structured line and exits
// non-zero (fatalExitCode), instead of dying on Node's unstructured trace
// or serving on half dead.
describe("marque broker|worker: fatal errors", () => {
  const cleanup: Array<() => unknown> = []
  afterEach(async () => {
    for (const c of cleanup.splice(0).reverse()) await c()
  })

  it("should log one fatal line and exit non-zero when the broker's receive loop fails", async () => {
    const broker = peer(
      "receive-after:1",
      "broker",
      "--bind",
      "tcp://127.0.0.1:*",
      "--log-level",
      "warn",
    )
    cleanup.push(() => broker.kill("SIGKILL"))
    const stderr = stderrOf(broker)
    const [, endpoint] = await line(broker, /^bound (\S+)$/, 10_000)
    const c = new Dealer({ linger: 0 })
    cleanup.push(() => c.close())
    c.connect(endpoint)
    // The first message is received; the receive after it fails.
    await c.send(f.request("echo", "x"))
    assert.equal(await exitCode(broker, 10_000), fatalExitCode)
    const all = stderr.lines()
    assert.equal(all.length, 1, `one line: ${JSON.stringify(all)}`)
    const [fatal] = all
    assert.equal(fatal.event, "fatal")
    assert.equal(fatal.level, 60)
    assert.equal(fatal.origin, "broker")
    assert.match(JSON.stringify(fatal.err), /injected receive failure/)
  })

  it("should log one fatal line and exit non-zero on an unhandled rejection", async () => {
    const raw = new RawBroker()
    cleanup.push(() => raw.close())
    const endpoint = await raw.bind()
    const worker = peer(
      "stray-rejection",
      "worker",
      "--connect",
      endpoint,
      "--service",
      "echo",
    )
    cleanup.push(() => worker.kill("SIGKILL"))
    const stderr = stderrOf(worker)
    await stderr.waitFor(/worker-ready-sent/, 10_000)
    worker.kill("SIGUSR2")
    assert.equal(await exitCode(worker, 10_000), fatalExitCode)
    const after = stderr.lines().filter(l => l.event !== "worker-ready-sent")
    const fatal = after.filter(l => l.event === "fatal")
    assert.deepEqual(after, fatal, "nothing but the fatal line, no stack trace")
    assert.equal(fatal.length, 1, `one line: ${JSON.stringify(fatal)}`)
    assert.equal(fatal[0].event, "fatal")
    assert.equal(fatal[0].origin, "unhandledRejection")
    assert.match(JSON.stringify(fatal[0].err), /injected stray rejection/)
  })
})
