import assert from "node:assert/strict"
import { spawn } from "node:child_process"
import { test } from "node:test"
import { bin, exitCode, line } from "../peers-mdp/cli-helpers"

// A supervisor (the suite, systemd, a test) may send SIGTERM the moment a
// peer says it is ready. Each peer listens for it before it starts, so
// that signal is a clean stop (exit 0), never a kill by Node's default
// handler (signal SIGTERM), which a peer listening only after its ready
// line suffered about once in fifteen tries under load.
const any = "tcp://127.0.0.1:*"
const servers: string[][] = [
  ["broker", "--bind", any],
  ["lazy-pirate", "server", "--bind", any],
  ["ppp", "queue", "--frontend", any, "--backend", any],
  ["simple-pirate", "queue", "--frontend", any, "--backend", any],
  ["flp", "server", "--bind", any, "--identity", "tcp://127.0.0.1:9"],
  ["rfl", "server", "--bind", any],
  ["gateway", "--http", "127.0.0.1:0", "--servers", "tcp://127.0.0.1:9"],
  [
    ...["bstar", "pair", "--role", "primary", "--frontend", any],
    ...["--statepub", any, "--peer", "tcp://127.0.0.1:9"],
  ],
]

test("every peer that says it is ready stops cleanly on a SIGTERM sent at that moment", async () => {
  const wrong: string[] = []
  await Promise.all(
    servers.map(async args => {
      const child = spawn(
        process.execPath,
        [bin, ...args, "--log-level", "warn"],
        {
          stdio: ["ignore", "pipe", "pipe"],
        },
      )
      await line(child, /\S/)
      child.kill("SIGTERM")
      const code = await exitCode(child)
      if (code !== 0) wrong.push(`marque ${args.join(" ")}: exit ${code}`)
    }),
  )
  assert.deepEqual(wrong, [])
})
