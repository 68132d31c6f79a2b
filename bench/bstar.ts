import { type ChildProcess, spawn } from "node:child_process"
import path from "node:path"
import { createInterface } from "node:readline"
import { freePort } from "../src/harness/endpoints"
import { packageRoot } from "../src/package-root"
import { BstarClient } from "../src/protocols/bstar/peers/client"
import { table } from "./table"

/**
 * Binary Star rows of `npm run bench` (issue 11): a pair of `marque bstar
 * pair` processes and the reference client sending one request after
 * another. Ten times over, the active server is killed (-9): the failover
 * time runs from the kill to the first reply from the other server, and
 * the requests lost are attempts that got no reply (each a request a client
 * without resends would have lost; the reference client resends them). The
 * killed server is then started again, comes back passive, and is the
 * standby for the next failover, so the roles alternate.
 */
const marque = path.join(packageRoot, "bin", "marque.js")
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms))
const HEARTBEAT = 200
// BSTAR-28: the client's pause covers the pair's failover timeout (2 heartbeats).
const CLIENT = { timeoutMs: 500, settleMs: 2 * HEARTBEAT }

type Role = "primary" | "backup"
interface Server {
  role: Role
  frontend: string
  statepub: string
  child?: ChildProcess
}

function start(s: Server, peer: Server): Promise<void> {
  const child = spawn(process.execPath, [
    ...[marque, "bstar", "pair", "--role", s.role],
    ...["--frontend", s.frontend, "--statepub", s.statepub],
    ...["--peer", peer.statepub, "--heartbeat-ms", String(HEARTBEAT)],
    ...["--log-level", "warn"],
  ])
  s.child = child
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("no bind in 10 s")), 10_000)
    createInterface({ input: child.stdout! }).on("line", line => {
      if (line.startsWith("statepub ")) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.once("exit", code => reject(new Error(`${s.role} exited ${code}`)))
  })
}

function kill(s: Server): Promise<void> {
  const child = s.child
  if (!child || child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve()
  return new Promise(resolve => {
    child.once("exit", () => resolve())
    child.kill("SIGKILL")
  })
}

export interface BstarFailover {
  readonly killed: Role
  /** Kill -9 of the active server to the first reply from the other, ms. */
  readonly failoverMs: number
  /** Attempts without a reply across this failover. */
  readonly lostRequests: number
}

export interface BstarResults {
  readonly heartbeatMs: number
  readonly clientTimeoutMs: number
  readonly settleMs: number
  readonly failovers: BstarFailover[]
  /** Requests the client gave up on (no reply in 6 attempts over both servers). */
  readonly unanswered: number
}

export async function runBstarBench(count = 10): Promise<BstarResults> {
  const port = async () => `tcp://127.0.0.1:${await freePort()}`
  const p: Server = {
    role: "primary",
    frontend: await port(),
    statepub: await port(),
  }
  const b: Server = {
    role: "backup",
    frontend: await port(),
    statepub: await port(),
  }
  const byIndex = [p, b]
  const client = new BstarClient({
    servers: [p.frontend, b.frontend],
    ...CLIENT,
  })
  const failovers: BstarFailover[] = []
  let unanswered = 0
  try {
    await Promise.all([start(p, b), start(b, p)])
    let seq = 0
    let active: Server | undefined
    // The pair settles: the primary active, answering.
    while (!active) {
      const a = await client.request([Buffer.from(String(++seq))])
      active = byIndex[a.server]
    }
    for (let i = 0; i < count; i++) {
      const victim: Server = active
      await sleep(3 * HEARTBEAT)
      const killedAt = performance.now()
      await kill(victim)
      let lost = 0
      for (;;) {
        const a = await client
          .request([Buffer.from(String(++seq))])
          .catch(() => undefined)
        if (!a) {
          unanswered++
          continue
        }
        lost += a.attempts - 1
        if (byIndex[a.server] !== victim) {
          failovers.push({
            killed: victim.role,
            failoverMs: performance.now() - killedAt,
            lostRequests: lost,
          })
          active = byIndex[a.server]
          break
        }
      }
      // Back as the standby: it hears the active peer and goes passive.
      await start(victim, victim === p ? b : p)
      await sleep(4 * HEARTBEAT)
    }
  } finally {
    client.close()
    await Promise.all([kill(p), kill(b)])
  }
  return {
    heartbeatMs: HEARTBEAT,
    clientTimeoutMs: CLIENT.timeoutMs,
    settleMs: CLIENT.settleMs,
    failovers,
    unanswered,
  }
}

export function printBstar(r: BstarResults): string {
  const ms = r.failovers.map(f => f.failoverMs).sort((x, y) => x - y)
  const lost = r.failovers.map(f => f.lostRequests)
  const mid = ms[Math.floor(ms.length / 2)] ?? NaN
  return [
    `Binary Star failover: ${r.failovers.length} kills (-9) of the active server; heartbeat ${r.heartbeatMs} ms, client timeout ${r.clientTimeoutMs} ms, settle ${r.settleMs} ms`,
    table(
      ["", "min", "median", "max"],
      [
        [
          "failover, kill to first reply (ms)",
          ms[0]?.toFixed(0) ?? "-",
          mid.toFixed(0),
          ms[ms.length - 1]?.toFixed(0) ?? "-",
        ],
        [
          "requests lost per failover (unanswered attempts)",
          String(Math.min(...lost)),
          String(lost.sort((x, y) => x - y)[Math.floor(lost.length / 2)]),
          String(Math.max(...lost)),
        ],
      ],
    ),
    `requests given up (6 attempts without a reply): ${r.unanswered}`,
  ].join("\n")
}
