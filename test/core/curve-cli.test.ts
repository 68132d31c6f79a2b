import assert from "node:assert/strict"
import { type ChildProcess, spawn } from "node:child_process"
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from "node:fs"
import { tmpdir } from "node:os"
import { basename, join } from "node:path"
import { after, describe, it } from "node:test"
import { newKeyPair, writeKeyPair } from "../../src/core/curve"
import { bin, exitCode, line, marque } from "../peers-mdp/cli-helpers"

// The CURVE flags of the reference peers beyond MDP, as a user runs them:
// key files from disk, bad ones refused before anything binds or connects.
const dir = mkdtempSync(join(tmpdir(), "marque-curve-cli-"))
const files = (name: string) => {
  const { publicFile, secretFile } = writeKeyPair(join(dir, name), newKeyPair())
  return { pub: publicFile, secret: secretFile }
}
const server = files("server")
const client = files("client")
const worker = files("worker")
const stranger = files("stranger")
// A directory of public certificates, as pyzmq's zmq.auth keeps them.
const allowed = join(dir, "allowed")
mkdirSync(allowed)
for (const f of [client.pub, worker.pub])
  copyFileSync(f, join(allowed, basename(f)))
const bad = join(dir, "bad.key")
writeFileSync(bad, "not a key\n")
const any = "tcp://127.0.0.1:*"

/** Every peer that binds for clients or workers: --curve-secret-key-file, --curve-allow. */
const servers: string[][] = [
  ["lazy-pirate", "server", "--bind", any],
  ["ppp", "queue", "--frontend", any, "--backend", any],
  ["simple-pirate", "queue", "--frontend", any, "--backend", any],
  ["flp", "server", "--bind", "tcp://127.0.0.1:9"],
  ["rfl", "server", "--bind", any],
  [
    ...["bstar", "pair", "--role", "primary", "--frontend", any],
    ...["--statepub", any, "--peer", "tcp://127.0.0.1:9"],
  ],
]
/** Every peer that connects: --curve-server-key and its own pair. */
const clients: string[][] = [
  [
    "lazy-pirate",
    "client",
    "--connect",
    "tcp://127.0.0.1:9",
    "--requests",
    "1",
  ],
  ["ppp", "worker", "--connect", "tcp://127.0.0.1:9"],
  ...["1", "2", "3"].map(model => [
    ...["flp", "client", "--servers", "tcp://127.0.0.1:9", "--model", model],
    "body",
  ]),
  ["rfl", "client", "--servers", "tcp://127.0.0.1:9", "payload"],
  [
    ...["bstar", "client", "--primary", "tcp://127.0.0.1:9"],
    ...["--backup", "tcp://127.0.0.1:10", "--requests", "1"],
  ],
  // The Titanic server is an MDP worker and client towards the broker.
  [
    "tsp",
    "server",
    "--connect",
    "tcp://127.0.0.1:9",
    "--store",
    join(dir, "s"),
  ],
  ["tsp", "client", "--connect", "tcp://127.0.0.1:9", "--service", "echo", "b"],
]

describe("CURVE flags of the reference peers", () => {
  const children: ChildProcess[] = []
  after(() => {
    for (const c of children) c.kill("SIGKILL")
    rmSync(dir, { recursive: true, force: true })
  })
  const start = (...args: string[]) => {
    const c = spawn(process.execPath, [bin, ...args])
    children.push(c)
    return c
  }

  it("refuses a missing, malformed or mismatched key file with exit 2, naming it", async () => {
    const cases: [string[], RegExp][] = [
      ...servers.flatMap(
        s =>
          [
            [
              [...s, "--curve-secret-key-file", "/nonexistent/s"],
              /\/nonexistent\/s: cannot read/,
            ],
            [
              [...s, "--curve-secret-key-file", bad],
              /bad\.key: no secret-key line/,
            ],
            [
              [
                ...s,
                "--curve-secret-key-file",
                server.secret,
                "--curve-allow",
                bad,
              ],
              /bad\.key: the key is not a 40-character Z85 key/,
            ],
            [
              [...s, "--curve-allow", allowed],
              /--curve-allow needs --curve-secret-key-file/,
            ],
          ] as [string[], RegExp][],
      ),
      ...clients.flatMap(
        c =>
          [
            [
              [...c, "--curve-server-key", bad],
              /bad\.key: the key is not a 40-character Z85 key/,
            ],
            [
              [
                ...c,
                "--curve-server-key",
                server.pub,
                "--curve-secret-key-file",
                server.pub,
              ],
              /no secret-key line/,
            ],
            [
              [...c, "--curve-secret-key-file", client.secret],
              /needs --curve-server-key/,
            ],
          ] as [string[], RegExp][],
      ),
    ]
    for (const [args, message] of cases) {
      const run = await marque(...args)
      assert.equal(run.code, 2, `${args.join(" ")}: ${run.stderr}`)
      assert.match(run.stderr, message, args.join(" "))
    }
  })

  it("runs a CURVE PPP queue with a CURVE worker: an allowed Lazy Pirate client is answered, a stranger is not", async () => {
    const queue = start(
      ...["ppp", "queue", "--frontend", any, "--backend", any],
      ...["--curve-secret-key-file", server.secret, "--curve-allow", allowed],
    )
    const [, frontend, backend] = await line(queue, /^bound (\S+) (\S+)/)
    start(
      ...["ppp", "worker", "--connect", backend],
      ...[
        "--curve-server-key",
        server.pub,
        "--curve-secret-key-file",
        worker.secret,
      ],
    )
    const ask = (pair: { secret: string }, timeoutMs: string) =>
      start(
        ...["lazy-pirate", "client", "--connect", frontend, "--requests", "1"],
        ...["--timeout-ms", timeoutMs, "--retries", "1"],
        ...[
          "--curve-server-key",
          server.pub,
          "--curve-secret-key-file",
          pair.secret,
        ],
      )
    const allowedClient = ask(client, "8000")
    assert.deepEqual((await line(allowedClient, /^\S+$/, 15_000))[0], "1")
    assert.equal(await exitCode(allowedClient, 15_000), 0)
    // One attempt, unanswered: the client gives up and exits 1 (LPC-10).
    assert.equal(await exitCode(ask(stranger, "1500"), 15_000), 1)
    queue.kill("SIGTERM")
    assert.equal(await exitCode(queue), 0)
  })
})
