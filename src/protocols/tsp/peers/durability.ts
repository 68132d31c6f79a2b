import { type ChildProcess, spawn } from "node:child_process"
import { once } from "node:events"
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createInterface } from "node:readline"
import { packageRoot } from "../../../package-root"
import { MdpBroker, MdpClient, MdpWorker } from "../../mdp/peers"
import { TitanicClient } from "./client"

/**
 * The durability experiment: clients submit requests to a reference
 * Titanic server (a child process) while it is killed with SIGKILL at
 * random moments and started again on the same store. Every request that
 * got 200 and a UUID must yield exactly its own reply; what it costs is the
 * requests the service ran more than once (at-least-once).
 */
export interface DurabilityOptions {
  readonly requests: number
  readonly clients: number
  readonly kills: number
  /** Pause between kills, drawn from [min, max] ms. */
  readonly killEveryMs: readonly [number, number]
  /** Submissions for the rate phase, with no kills. */
  readonly rateRequests: number
  readonly log?: (line: string) => void
}

export interface DurabilityResult {
  kills: number
  submitted: number
  lost: number
  wrong: number
  /** Accepted requests the service ran more than once. */
  duplicates: number
  /**
   * Requests stored whose 200 never reached the client (sent, then a kill):
   * run, and left in the store, since nobody knows their UUID to close.
   */
  orphans: number
  submissionsPerSecond: number
  /** Bytes of every file in the store once all replies were read, and once every known UUID was closed. */
  storeBytesBeforeClose: number
  storeBytesAfterClose: number
}

const serverArgs = [
  "--client-timeout-ms",
  "500",
  "--retry-ms",
  "50",
  "--retry-max-ms",
  "200",
  "--heartbeat-ms",
  "200",
  "--liveness",
  "5",
  "--reconnect-ms",
  "100",
  "--log-level",
  "error",
]

export async function runDurability(
  o: DurabilityOptions,
): Promise<DurabilityResult> {
  const log = o.log ?? (() => undefined)
  const root = mkdtempSync(join(tmpdir(), "marque-tsp-durability-"))
  const store = join(root, "store")
  const broker = new MdpBroker({
    bind: "tcp://127.0.0.1:*",
    heartbeatMs: 200,
    liveness: 5,
  })
  const endpoint = await broker.start()
  const runs = new Map<string, number>()
  const workers = [0, 1].map(
    () =>
      new MdpWorker({
        connect: endpoint,
        service: "echo",
        heartbeatMs: 200,
        liveness: 5,
        // A few ms of work, so kills also land while a request is out.
        handler: async body => {
          const token = body[0].toString()
          runs.set(token, (runs.get(token) ?? 0) + 1)
          await sleep(2)
          return [Buffer.from(`re:${token}`)]
        },
      }),
  )
  let server: ChildProcess | undefined
  const start = async () => (server = await startServer(endpoint, store))
  try {
    for (const w of workers) await w.start()
    await start()
    const rated = new Set<string>()
    const rate = await ratePhase(endpoint, o, rated)
    log(`rate phase: ${o.rateRequests} submissions at ${rate.toFixed(0)}/s`)
    const accepted = new Map<string, string>() // uuid -> token
    let kills = 0
    let submitting = true
    const killer = (async () => {
      while (submitting || kills < o.kills) {
        const [lo, hi] = o.killEveryMs
        await sleep(lo + Math.random() * (hi - lo))
        await killGroup(server!)
        kills++
        log(`kill ${kills} after ${accepted.size} accepted`)
        await start()
      }
    })()
    await Promise.all(
      Array.from({ length: o.clients }, (_, c) =>
        submitAll(endpoint, c, o, accepted),
      ),
    )
    submitting = false
    await killer
    const { lost, wrong } = await collect(endpoint, accepted, log)
    const storeBytesBeforeClose = du(store)
    await closeAll(endpoint, [...accepted.keys(), ...rated])
    const acceptedTokens = new Set(accepted.values())
    const result: DurabilityResult = {
      kills,
      submitted: accepted.size,
      lost,
      wrong,
      duplicates: [...acceptedTokens].filter(t => (runs.get(t) ?? 0) > 1)
        .length,
      orphans: [...runs.keys()].filter(
        t => !acceptedTokens.has(t) && !t.startsWith("rate-"),
      ).length,
      submissionsPerSecond: Math.round(rate),
      storeBytesBeforeClose,
      storeBytesAfterClose: du(store),
    }
    return result
  } finally {
    if (server) await killGroup(server)
    for (const w of workers) await w.stop()
    await broker.stop()
    rmSync(root, { recursive: true, force: true })
  }
}

async function startServer(
  endpoint: string,
  store: string,
): Promise<ChildProcess> {
  const bin = join(packageRoot, "bin/marque.js")
  const args = [
    bin,
    "tsp",
    "server",
    "--connect",
    endpoint,
    "--store",
    store,
    ...serverArgs,
  ]
  const child = spawn(process.execPath, args, {
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  })
  const lines = createInterface({ input: child.stdout! })
  const timer = setTimeout(() => lines.close(), 15_000)
  for await (const line of lines) if (line.startsWith("ready")) break
  clearTimeout(timer)
  if (child.exitCode !== null)
    throw new Error("the Titanic server did not start")
  return child
}

async function killGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = once(child, "exit")
  process.kill(-child.pid!, "SIGKILL")
  await exited
}

/** Submissions per second, with fsync, no kills: every client as fast as it can. */
async function ratePhase(
  endpoint: string,
  o: DurabilityOptions,
  ids: Set<string>,
): Promise<number> {
  const per = Math.ceil(o.rateRequests / o.clients)
  const started = performance.now()
  await Promise.all(
    Array.from({ length: o.clients }, async (_, c) => {
      const mdp = new MdpClient({
        connect: endpoint,
        timeoutMs: 5000,
        retries: 1,
      })
      try {
        for (let i = 0; i < per; i++) {
          const [code, id] = await mdp.request("titanic.request", [
            Buffer.from("echo"),
            Buffer.from(`rate-${c}-${i}`),
          ])
          if (code.toString() !== "200")
            throw new Error(`rate phase: ${code.toString()}`)
          ids.add(id.toString())
        }
      } finally {
        mdp.close()
      }
    }),
  )
  return (per * o.clients * 1000) / (performance.now() - started)
}

/**
 * One client's share. Each try carries a fresh token and goes out once
 * (no MDP resend): a token names at most one stored request, so a token run
 * twice is a request dispatched twice, not two submissions.
 */
async function submitAll(
  endpoint: string,
  c: number,
  o: DurabilityOptions,
  accepted: Map<string, string>,
) {
  const per = Math.ceil(o.requests / o.clients)
  // Spread the submissions over the kills, so that kills land while
  // requests are being accepted and dispatched, not after.
  const [lo, hi] = o.killEveryMs
  const pace = (o.kills * (lo + hi)) / 2 / per
  let mdp = new MdpClient({ connect: endpoint, timeoutMs: 500, retries: 1 })
  try {
    for (let i = 0; i < per; i++) {
      for (let attempt = 0; ; attempt++) {
        const token = `c${c}-r${i}-a${attempt}`
        try {
          const reply = await mdp.request("titanic.request", [
            Buffer.from("echo"),
            Buffer.from(token),
          ])
          if (reply[0].toString() === "200") {
            accepted.set(reply[1].toString(), token)
            await sleep(pace * Math.random() * 2)
            break
          }
        } catch {
          mdp.close()
          mdp = new MdpClient({ connect: endpoint, timeoutMs: 500, retries: 1 })
        }
        await sleep(50)
      }
    }
  } finally {
    mdp.close()
  }
}

/** Polls every accepted request for its reply: lost if none comes, wrong if not its own. */
async function collect(
  endpoint: string,
  accepted: Map<string, string>,
  log: (l: string) => void,
) {
  const client = new TitanicClient({
    connect: endpoint,
    timeoutMs: 1000,
    retries: 2,
    pollMs: 50,
    pollMaxMs: 500,
    waitMs: 60_000,
  })
  let lost = 0
  let wrong = 0
  try {
    for (const [id, token] of accepted) {
      try {
        const reply = await client.poll(id)
        if (reply.length !== 1 || reply[0].toString() !== `re:${token}`) {
          wrong++
          log(`wrong reply for ${id}: ${reply.map(String).join("|")}`)
        }
      } catch (err) {
        lost++
        log(`lost ${id} (${token}): ${(err as Error).message}`)
      }
    }
  } finally {
    client.shutdown()
  }
  return { lost, wrong }
}

async function closeAll(endpoint: string, ids: readonly string[]) {
  const client = new TitanicClient({
    connect: endpoint,
    timeoutMs: 1000,
    retries: 2,
  })
  try {
    for (const id of ids) await client.close(id)
  } finally {
    client.shutdown()
  }
}

/** Bytes of every file under `dir`, as stored (not counting blocks). */
function du(dir: string): number {
  let total = 0
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile()) total += statSync(join(e.parentPath ?? e.path, e.name)).size
  return total
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms))
