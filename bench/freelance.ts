import { spawn } from "node:child_process"
import { request as httpRequest, Agent } from "node:http"
import path from "node:path"
import { createInterface } from "node:readline"
import { Writable } from "node:stream"
import pino from "pino"
import { Dealer } from "zeromq"
import { freePort } from "../src/harness/endpoints"
import { packageRoot } from "../src/package-root"
import { FlpClient } from "../src/protocols/flp/peers/client"
import { RflClient } from "../src/protocols/rfl/peers/client"
import { type Bound, spawnBound } from "./hops"
import { count, table } from "./table"

/**
 * Freelance rows of `npm run bench` (issue 10): with three servers, each its
 * own `marque flp|rfl server` process, the server in use is killed (-9)
 * mid-load: time from the kill to the client's next reply, and requests
 * failed meanwhile; duplicate executions when requests are retried, with
 * the server's dedupe and without (its no-dedupe fault switch); and the
 * HTTP gateway's requests/s and p99 against the Reliable Freelance client
 * driven directly, in the same run, at the same concurrency.
 */
const marque = path.join(packageRoot, "bin", "marque.js")
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms))
const pct = (xs: number[], p: number) =>
  xs.length === 0
    ? NaN
    : [...xs].sort((a, b) => a - b)[
        Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))
      ]

async function servers(
  kind: "flp" | "rfl",
  n: number,
  extra: string[] = [],
): Promise<Bound[]> {
  const out: Bound[] = []
  for (let i = 0; i < n; i++) {
    // FLP: a server's identity is its endpoint, so the port is fixed first.
    const bind = `tcp://127.0.0.1:${await freePort()}`
    out.push(
      await spawnBound(process.execPath, [
        ...[marque, kind, "server", "--bind", bind, "--log-level", "warn"],
        ...extra,
      ]),
    )
  }
  return out
}

const stopAll = (bs: Bound[]) => Promise.all(bs.map(b => b.stop()))

export interface FailoverResult {
  readonly client: string
  /** Kill -9 of the server in use to the next reply, ms. */
  readonly recoveryMs: number
  readonly failedRequests: number
  /** Replies in the whole 2.5 s run. */
  readonly replies: number
  /** The client's liveness interval (PING or HEARTBEAT), for comparison. */
  readonly intervalMs: number
}

/**
 * One request at a time in a closed loop for 1 s, then kill -9 of the
 * server the last reply came from, then 1.5 s more.
 */
async function failover(kind: "flp" | "rfl"): Promise<FailoverResult> {
  const bs = await servers(kind, 3)
  const endpoints = bs.map(b => b.endpoints[0])
  let inUse = ""
  const intervalMs = 500
  const client =
    kind === "flp"
      ? new FlpClient({
          servers: endpoints,
          pingIntervalMs: intervalMs,
          serverTtlMs: 3 * intervalMs,
          attemptTimeoutMs: 300,
          globalTimeoutMs: 3000,
          // The server each request went to, from the client's own log.
          logger: pino(
            { level: "debug" },
            new Writable({
              write(line: Buffer, _e, done) {
                const m = /"event":"request-sent".*"server":"([^"]+)"/.exec(
                  line.toString(),
                )
                if (m) inUse = m[1]
                done()
              },
            }),
          ),
        })
      : new RflClient({
          servers: endpoints,
          heartbeatIntervalMs: intervalMs,
          heartbeatTimeoutMs: 3 * intervalMs,
          requestTimeoutMs: 300,
          retryBaseDelayMs: 50,
          maxRetries: 5,
          onEvent: e => {
            if (e.type === "attempt" && e.outcome === "ok") inUse = e.server
          },
        })
  client.start()
  await sleep(2 * intervalMs)
  let failed = 0
  let replies = 0
  let killedAt = 0
  let recoveryMs = NaN
  const until = performance.now() + 2500
  const body = [Buffer.from("x")]
  const killer = (async () => {
    await sleep(1000)
    const victim = bs[endpoints.indexOf(inUse)]
    killedAt = performance.now()
    process.kill(victim.pid, "SIGKILL")
  })()
  while (performance.now() < until) {
    try {
      await client.request(body)
      replies++
      if (killedAt && Number.isNaN(recoveryMs))
        recoveryMs = performance.now() - killedAt
    } catch {
      failed++
    }
  }
  await killer
  await client.close()
  await stopAll(bs)
  return {
    client: kind === "flp" ? "FLP model 3" : "Reliable Freelance",
    recoveryMs,
    failedRequests: failed,
    replies,
    intervalMs,
  }
}

export interface DedupeResult {
  readonly setup: string
  readonly requests: number
  readonly executions: number
  readonly duplicates: number
}

/** Executions so far at a `--counter` server: one more request, its counter minus one. */
async function executions(endpoint: string): Promise<number> {
  const d = new Dealer({ linger: 0 })
  d.connect(endpoint)
  const id = "00000000-0000-4000-8000-000000000000"
  await d.send(["", "REQUEST", id, "probe"])
  const [, , , status, n] = await d.receive()
  d.close()
  if (status.toString() !== "OK") throw new Error("bench: probe refused")
  return Number(n.toString()) - 1
}

/**
 * Each execution takes 150 ms and the client waits 100 ms per attempt, so
 * every request is retried once while its first run is still going.
 */
async function dedupe(n: number, dedupeOn: boolean): Promise<DedupeResult> {
  const extra = ["--counter", "--work-ms", "150"]
  const bs = await servers(
    "rfl",
    n,
    dedupeOn ? extra : [...extra, "--fault", "no-dedupe"],
  )
  const endpoints = bs.map(b => b.endpoints[0])
  const client = new RflClient({
    servers: endpoints,
    heartbeatIntervalMs: 200,
    requestTimeoutMs: 100,
    retryBaseDelayMs: 20,
    maxRetries: 5,
  })
  client.start()
  await client.ready(1000)
  const requests = 20
  for (let i = 0; i < requests; i++)
    await client.request([Buffer.from(`r${i}`)])
  await client.close()
  await sleep(300) // runs still going finish
  let total = 0
  for (const e of endpoints) total += await executions(e)
  await stopAll(bs)
  return {
    setup: `${n} server${n > 1 ? "s" : ""}, dedupe ${dedupeOn ? "on" : "off"}`,
    requests,
    executions: total,
    duplicates: total - requests,
  }
}

export interface ThroughputResult {
  readonly path: string
  readonly requestsPerSecond: number
  readonly p50Ms: number
  readonly p99Ms: number
  readonly errors: number
}

async function closedLoop(
  concurrency: number,
  ms: number,
  one: () => Promise<boolean>,
): Promise<Omit<ThroughputResult, "path">> {
  const lat: number[] = []
  let errors = 0
  const end = performance.now() + ms
  const t0 = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const t = performance.now()
        if (await one().catch(() => false)) lat.push(performance.now() - t)
        else errors++
      }
    }),
  )
  const secs = (performance.now() - t0) / 1000
  return {
    requestsPerSecond: lat.length / secs,
    p50Ms: pct(lat, 50),
    p99Ms: pct(lat, 99),
    errors,
  }
}

/** The gateway (its own process) over HTTP keep-alive vs the client in this process. */
async function gateway(
  concurrency: number,
  ms: number,
): Promise<ThroughputResult[]> {
  const bs = await servers("rfl", 3)
  const endpoints = bs.map(b => b.endpoints[0])
  const direct = new RflClient({ servers: endpoints, heartbeatIntervalMs: 500 })
  direct.start()
  await direct.ready(1000)
  const body = [Buffer.from("echo"), Buffer.from("hello")]
  const d = await closedLoop(concurrency, ms, async () => {
    await direct.request(body)
    return true
  })
  await direct.close()
  const gw = spawn(
    process.execPath,
    [
      marque,
      "gateway",
      "--http",
      "127.0.0.1:0",
      "--servers",
      endpoints.join(","),
      "--max-in-flight",
      String(4 * concurrency),
      "--log-level",
      "warn",
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  )
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: gw.stdout! }).on("line", l => {
      if (l.startsWith("listening ")) resolve(l.slice(10).trim())
    })
    gw.once("exit", c => reject(new Error(`bench: gateway exited (${c})`)))
  })
  const { hostname, port } = new URL(
    url.startsWith("http") ? url : `http://${url}`,
  )
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency })
  await sleep(1000) // its client's first heartbeats
  const h = await closedLoop(
    concurrency,
    ms,
    () =>
      new Promise<boolean>(resolve => {
        const req = httpRequest(
          { hostname, port, path: "/services/echo", method: "POST", agent },
          res => {
            res.resume()
            res.on("end", () => resolve(res.statusCode === 200))
          },
        )
        req.on("error", () => resolve(false))
        req.end("hello")
      }),
  )
  agent.destroy()
  gw.kill("SIGTERM")
  await new Promise(r => gw.once("exit", r))
  await stopAll(bs)
  return [
    { path: "HTTP via marque gateway", ...h },
    { path: "Reliable Freelance client, direct", ...d },
  ]
}

export interface FreelanceResults {
  readonly failover: FailoverResult[]
  readonly dedupe: DedupeResult[]
  readonly gateway: ThroughputResult[]
  readonly concurrency: number
}

export async function runFreelanceBench(
  quick: boolean,
): Promise<FreelanceResults> {
  const concurrency = 16
  return {
    failover: [await failover("flp"), await failover("rfl")],
    dedupe: [
      await dedupe(1, true),
      await dedupe(1, false),
      await dedupe(3, true),
    ],
    gateway: await gateway(concurrency, quick ? 1500 : 4000),
    concurrency,
  }
}

const ms = (x: number) => (Number.isNaN(x) ? "-" : x.toFixed(0))

export function printFreelance(r: FreelanceResults): string {
  return [
    "Freelance: kill -9 of the server in use, 3 servers, one request at a time",
    table(
      [
        "client",
        "kill -> next reply ms",
        "liveness interval ms",
        "failed requests",
        "replies",
      ],
      r.failover.map(f => [
        f.client,
        ms(f.recoveryMs),
        String(f.intervalMs),
        String(f.failedRequests),
        String(f.replies),
      ]),
    ),
    "",
    "Reliable Freelance: every request retried once while its first run goes on (work 150 ms, attempt 100 ms)",
    table(
      ["setup", "requests", "executions", "duplicates"],
      r.dedupe.map(d => [
        d.setup,
        String(d.requests),
        String(d.executions),
        String(d.duplicates),
      ]),
    ),
    "",
    `Gateway vs direct, 3 echo servers, ${r.concurrency} requests in flight`,
    table(
      ["path", "req/s", "p50 ms", "p99 ms", "errors"],
      r.gateway.map(g => [
        g.path,
        count(g.requestsPerSecond),
        g.p50Ms.toFixed(1),
        g.p99Ms.toFixed(1),
        String(g.errors),
      ]),
    ),
  ].join("\n")
}
