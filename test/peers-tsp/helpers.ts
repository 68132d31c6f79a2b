import { type ChildProcess, spawn } from "node:child_process"
import { once } from "node:events"
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, relative, resolve } from "node:path"
import { MdpBroker } from "../../src/protocols/mdp/peers/broker"
import { MdpClient } from "../../src/protocols/mdp/peers/client"
import {
  MdpWorker,
  type RequestHandler,
} from "../../src/protocols/mdp/peers/worker"
import { line } from "../peers-mdp/cli-helpers"

/** Short MDP timings, generous liveness: a loaded machine must not expire peers. */
export const fast = { heartbeatMs: 100, liveness: 10, reconnectMs: 50 }

/** The Titanic server's timings in these tests: retries come quickly. */
export const serverTimings = {
  ...fast,
  clientTimeoutMs: 500,
  clientRetries: 1,
  retryMs: 50,
  retryMaxMs: 200,
}

/** Runs `cleanups` in reverse, awaiting each; for afterEach. */
export class Cleanup {
  private readonly steps: Array<() => unknown> = []

  add(step: () => unknown): void {
    this.steps.push(step)
  }

  async run(): Promise<void> {
    for (const step of this.steps.splice(0).reverse()) await step()
  }
}

/** A fresh directory holding the store (`store`) and room beside it. */
export function scratch(cleanup: Cleanup): { root: string; store: string } {
  const root = mkdtempSync(join(tmpdir(), "marque-tsp-"))
  cleanup.add(() => rmSync(root, { recursive: true, force: true }))
  return { root, store: join(root, "store") }
}

export async function broker(cleanup: Cleanup): Promise<string> {
  const b = new MdpBroker({ bind: "tcp://127.0.0.1:*", ...fast })
  const endpoint = await b.start()
  cleanup.add(() => b.stop())
  return endpoint
}

/** A real MDP worker for `service`; the echo service by default. */
export async function worker(
  cleanup: Cleanup,
  endpoint: string,
  service = "echo",
  handler: RequestHandler = body => body,
): Promise<MdpWorker> {
  const w = new MdpWorker({ connect: endpoint, service, handler, ...fast })
  await w.start()
  cleanup.add(() => w.stop())
  return w
}

/** A plain MDP client, to send TSP bodies exactly as written. */
export function mdpClient(cleanup: Cleanup, endpoint: string): MdpClient {
  const c = new MdpClient({ connect: endpoint, timeoutMs: 2000, retries: 1 })
  cleanup.add(() => c.close())
  return c
}

/** Calls a Titanic service; resolves to the reply body as text. */
export async function call(
  client: MdpClient,
  service: "request" | "reply" | "close",
  ...body: Array<string | Buffer>
): Promise<string[]> {
  const frames = body.map(b => (typeof b === "string" ? Buffer.from(b) : b))
  const reply = await client.request(`titanic.${service}`, frames)
  return reply.map(f => f.toString())
}

/** Every file under `dir`, relative, with its size: what a test compares before and after. */
export function tree(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name)
      if (e.isDirectory()) walk(path)
      else out.push(`${relative(dir, path)} ${statSync(path).size}`)
    }
  }
  walk(dir)
  return out.sort()
}

/** Polls `check` every 20 ms until it is true; false after `within` ms. */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  within: number,
): Promise<boolean> {
  const deadline = Date.now() + within
  for (;;) {
    if (await check()) return true
    if (Date.now() > deadline) return false
    await new Promise(r => setTimeout(r, 20))
  }
}

// dist/test/peers-tsp -> the package's bin/marque.js.
const bin = resolve(__dirname, "../../../bin/marque.js")

/** `marque tsp …` as a child process in its own process group. */
export function marqueTsp(args: string[]): ChildProcess {
  const child = spawn(process.execPath, [bin, "tsp", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  // Read stderr so a chatty child never blocks on a full pipe; keep the tail.
  let tail = ""
  child.stderr!.on("data", (d: Buffer) => {
    tail = (tail + d.toString()).slice(-8000)
  })
  stderrOf.set(child, () => tail)
  return child
}

const stderrOf = new WeakMap<ChildProcess, () => string>()

/** The last few KB a child wrote to stderr (its JSON log lines). */
export function stderr(child: ChildProcess): string {
  return stderrOf.get(child)?.() ?? ""
}

/** A Titanic server child process; resolves once it printed its ready line. */
export async function serverProcess(
  cleanup: Cleanup,
  endpoint: string,
  store: string,
  extra: string[] = [],
): Promise<ChildProcess> {
  const t = serverTimings
  const child = marqueTsp([
    "server",
    ...["--connect", endpoint, "--store", store],
    ...["--heartbeat-ms", `${t.heartbeatMs}`, "--liveness", `${t.liveness}`],
    ...["--reconnect-ms", `${t.reconnectMs}`, "--retry-ms", `${t.retryMs}`],
    ...["--retry-max-ms", `${t.retryMaxMs}`],
    ...["--client-timeout-ms", `${t.clientTimeoutMs}`],
    ...["--log-level", "warn", ...extra],
  ])
  cleanup.add(() => kill9(child))
  await line(child, /^ready pending=\d+$/, 10_000)
  return child
}

/** SIGKILL to the child's process group; resolves once it has exited. */
export async function kill9(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = once(child, "exit")
  try {
    process.kill(-child.pid!, "SIGKILL")
  } catch {
    return // already gone
  }
  await exited
}
