import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { packageRoot } from "../src/package-root"
import {
  MdpClient,
  RequestTimeoutError,
} from "../src/protocols/mdp/peers/client"
import type { BrokerProcessStats } from "./soak-broker"
import { BrokerProcess, mb, WorkerPool } from "./soak-procs"
import { poisonBody } from "./soak-worker"

/**
 * The soak run (`npm run soak`): steady load through the reference broker
 * while its workers are killed (SIGKILL, mid-request or idle) and restarted
 * at random, and one poison request, which kills every worker it reaches,
 * is injected. It checks what a deployment relies on: every other request
 * is answered (the broker requeues what dying workers held, MDP-49, and
 * the clients retry, MDP-12), the poison is dropped after maxRequeues
 * redos, and the broker ends holding what it held at the start: flat RSS,
 * the same file descriptors and Node handles, no worker, service or
 * queued request left.
 */
export interface SoakOptions {
  readonly seconds: number
  /** Synchronous clients (REQ, Lazy Pirate), each one request at a time. */
  readonly clients: number
  readonly workers: number
  /** Mean pause between two worker kills. */
  readonly killEveryMs: number
  readonly heartbeatMs: number
  readonly log?: (line: string) => void
}

export interface SoakResult {
  readonly options: Omit<SoakOptions, "log">
  readonly sent: number
  readonly answered: number
  /** Non-poison requests whose every try timed out, or got a wrong body. */
  readonly unanswered: number
  readonly wrongBodies: number
  readonly workersKilled: number
  readonly poisonDropped: number
  readonly poisonAnswered: boolean
  readonly rssMb: { start: number; peak: number; end: number }
  readonly start: BrokerProcessStats
  /** After every client and worker left and the broker saw them go. */
  readonly end: BrokerProcessStats
  /** After broker.stop(): its loops and socket gone. */
  readonly stopped: BrokerProcessStats
}

export async function runSoak(o: SoakOptions): Promise<SoakResult> {
  const { log = () => undefined, ...options } = o
  const broker = new BrokerProcess(o.heartbeatMs)
  const bound = await broker.next(10_000)
  const endpoint = bound.replace(/^bound /, "")
  const start = await broker.ask("stats")
  let peak = start.rssBytes
  const sampler = setInterval(() => {
    peak = Math.max(peak, broker.rssBytes())
  }, 250)
  const pool = new WorkerPool(endpoint, o.heartbeatMs)
  pool.start(o.workers)
  const counts = { sent: 0, answered: 0, unanswered: 0, wrongBodies: 0 }
  const until = performance.now() + o.seconds * 1000
  // Long enough for a dead worker's request to be requeued (expiry) and
  // served by a restarted one; a try that still fails is retried.
  const timeoutMs = 3 * 3 * o.heartbeatMs + 1000
  const client = async (n: number) => {
    const c = new MdpClient({ connect: endpoint, timeoutMs, retries: 5 })
    try {
      for (let i = 0; performance.now() < until; i++) {
        const body = `${n}:${i}`
        counts.sent++
        try {
          const reply = await c.request("echo", [Buffer.from(body)])
          if (reply.length === 1 && reply[0].toString() === body)
            counts.answered++
          else counts.wrongBodies++
        } catch (err) {
          if (!(err instanceof RequestTimeoutError)) throw err
          counts.unanswered++
        }
      }
    } finally {
      c.close()
    }
  }
  const killer = (async () => {
    while (performance.now() < until) {
      await sleep(o.killEveryMs * (0.5 + Math.random()))
      if (performance.now() < until) pool.killOne()
    }
  })()
  // One poison request, a third of the way in, from a client that does
  // not retry: its one try must go unanswered.
  const poison = (async () => {
    await sleep((o.seconds * 1000) / 3)
    const c = new MdpClient({
      connect: endpoint,
      timeoutMs: 3 * o.seconds * 1000,
      retries: 1,
    })
    const waitMs = (o.seconds * 2000) / 3
    try {
      const answer = c.request("echo", [Buffer.from(poisonBody)])
      return await Promise.race([answer.then(() => true), sleep(waitMs, false)])
    } catch {
      return false
    } finally {
      c.close()
    }
  })()
  await Promise.all([
    ...Array.from({ length: o.clients }, (_, n) => client(n)),
    killer,
  ])
  const poisonAnswered = await poison
  log(
    `  load done: ${counts.answered}/${counts.sent} answered, ${pool.killed} workers killed`,
  )
  await pool.stop()
  // Workers said DISCONNECT; those killed last expire within 3 intervals.
  await sleep(3 * 3 * o.heartbeatMs + 500)
  clearInterval(sampler)
  const end = await broker.ask("stats")
  const stopped = await broker.ask("stop")
  return {
    options,
    ...counts,
    workersKilled: pool.killed,
    poisonDropped: broker.poisonDropped,
    poisonAnswered,
    rssMb: { start: mb(start.rssBytes), peak: mb(peak), end: mb(end.rssBytes) },
    start,
    end,
    stopped,
  }
}

export function printSoak(r: SoakResult): string {
  const h = (s: BrokerProcessStats) =>
    `${s.fds} fds, handles ${JSON.stringify(s.handles)}, broker ${JSON.stringify(s.broker)}`
  return [
    `Soak: ${r.options.seconds} s, ${r.options.clients} clients, ${r.options.workers} workers, a kill every ~${r.options.killEveryMs} ms`,
    `  requests ${r.sent}, answered ${r.answered}, unanswered ${r.unanswered}, wrong bodies ${r.wrongBodies}`,
    `  workers killed ${r.workersKilled}; poison dropped ${r.poisonDropped}x, answered: ${r.poisonAnswered}`,
    `  broker RSS MB: start ${r.rssMb.start}, peak ${r.rssMb.peak}, end ${r.rssMb.end}`,
    `  start: ${h(r.start)}`,
    `  end:   ${h(r.end)}`,
    `  after stop: ${h(r.stopped)}`,
  ].join("\n")
}

/** What the run shows wrong; empty when the broker held up. */
export function soakProblems(r: SoakResult): string[] {
  const problems: string[] = []
  if (r.answered !== r.sent)
    problems.push(`${r.sent - r.answered} of ${r.sent} requests not answered`)
  if (r.poisonDropped !== 1 || r.poisonAnswered)
    problems.push(
      `poison dropped ${r.poisonDropped}x, answered ${r.poisonAnswered}`,
    )
  const { workers, services, queuedRequests } = r.end.broker
  if (workers + services + queuedRequests > 0)
    problems.push(`broker still holds ${JSON.stringify(r.end.broker)}`)
  if (r.end.fds > r.start.fds)
    problems.push(`file descriptors ${r.start.fds} -> ${r.end.fds}`)
  for (const [kind, n] of Object.entries(r.end.handles))
    if (n > (r.start.handles[kind] ?? 0))
      problems.push(`${kind} handles ${r.start.handles[kind] ?? 0} -> ${n}`)
  // Flat: V8 and libzmq keep some of what they grew to, but a leak of one
  // object per request would pass this many MB within a run.
  if (r.rssMb.end > r.rssMb.start + 50)
    problems.push(`RSS ${r.rssMb.start} -> ${r.rssMb.end} MB`)
  return problems
}

/**
 *   node dist/bench/soak.js [--seconds 180] [--clients 8] [--workers 4]
 *                           [--kill-every-ms 2000] [--heartbeat-ms 100]
 * Prints the figures, merges them into reports/bench.json as "soak", and
 * exits 1 if soakProblems() finds any.
 */
async function main(argv: string[]): Promise<void> {
  const o = {
    seconds: 180,
    clients: 8,
    workers: 4,
    killEveryMs: 2000,
    heartbeatMs: 100,
  }
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]
      .replace(/^--/, "")
      .replace(/-(\w)/g, (_, c: string) => c.toUpperCase())
    const value = Number(argv[i + 1])
    if (!(key in o) || !(value > 0)) {
      process.stderr.write(`soak: bad argument ${argv[i]} ${argv[i + 1]}\n`)
      process.exit(2)
    }
    o[key as keyof typeof o] = value
  }
  const result = await runSoak({ ...o, log: line => console.log(line) })
  console.log(printSoak(result))
  const file = path.join(packageRoot, "reports", "bench.json")
  let report: Record<string, unknown> = {}
  try {
    report = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>
  } catch {
    // No bench run yet: the soak figures alone.
  }
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(
    file,
    JSON.stringify({ ...report, soak: result }, null, 2) + "\n",
  )
  const problems = soakProblems(result)
  for (const p of problems) console.log(`  PROBLEM: ${p}`)
  process.exit(problems.length > 0 ? 1 : 0)
}

if (require.main === module) {
  main(process.argv.slice(2)).catch(err => {
    process.stderr.write(`soak: ${(err as Error).stack ?? err}\n`)
    process.exit(1)
  })
}
