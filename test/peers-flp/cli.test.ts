import assert from "node:assert/strict"
import { spawn } from "node:child_process"
import { execFile } from "node:child_process"
import { resolve } from "node:path"
import { after, describe, it } from "node:test"
import { promisify } from "node:util"
import { exitCode, line } from "../peers-mdp/cli-helpers"
import { endpoint } from "./helpers"

// The real program: the registry wires the FLP commands in.
const entry = resolve(__dirname, "../../../bin/marque.js")
const run = promisify(execFile)
const children: ReturnType<typeof spawn>[] = []
after(() => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL")
})

async function marque(...args: string[]) {
  try {
    const { stdout, stderr } = await run("node", [entry, ...args], {
      timeout: 15_000,
    })
    return { code: 0, stdout, stderr }
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

async function server(...args: string[]) {
  const at = await endpoint()
  const child = spawn("node", [entry, "flp", "server", "--bind", at, ...args])
  children.push(child)
  await line(child, /^bound /)
  return at
}

describe("marque flp", () => {
  it("server - prints its endpoint and identity, stops on SIGTERM", async () => {
    const at = await endpoint()
    const child = spawn("node", [entry, "flp", "server", "--bind", at])
    children.push(child)
    const m = await line(child, /^bound (\S+) as (\S+)$/)
    assert.equal(m[1], at)
    assert.equal(m[2], at)
    child.kill("SIGTERM")
    assert.equal(await exitCode(child), 0)
  })

  for (const model of ["1", "2", "3"]) {
    it(`client --model ${model} - prints each reply frame, exit 0`, async () => {
      const a = await server()
      const r = await marque(
        "flp",
        "client",
        "--model",
        model,
        "--count",
        "2",
        "--servers",
        `${await endpoint()},${a}`,
        "--request-timeout-ms",
        "300",
        "hello",
        "world",
      )
      assert.equal(r.code, 0, r.stderr)
      assert.equal(r.stdout, "hello\nworld\nhello\nworld\n")
    })
  }

  it("client - exits 1 when no server answers", async () => {
    const r = await marque(
      "flp",
      "client",
      "--servers",
      await endpoint(),
      "--global-timeout-ms",
      "300",
      "x",
    )
    assert.equal(r.code, 1)
    assert.match(r.stderr, /no reply within 300 ms/)
  })

  it("bad arguments exit 2", async () => {
    for (const args of [
      ["flp", "server", "--bind", "tcp://127.0.0.1:*"],
      ["flp", "server", "--bind", "nowhere"],
      ["flp", "client", "--servers", "tcp://a:1,tcp://a:1", "x"],
      ["flp", "client", "--servers", "tcp://a:1", "--fault", "nope", "x"],
      [
        "flp",
        "client",
        "--servers",
        "tcp://a:1",
        "--model",
        "2",
        "--fault",
        "lose-reply",
        "x",
      ],
    ]) {
      const r = await marque(...args)
      assert.equal(r.code, 2, `${args.join(" ")}: ${r.stderr}`)
    }
  })
})
