import { mkdirSync, rmSync } from "node:fs"
import path from "node:path"
import { packageRoot } from "../src/package-root"
import {
  type Hop,
  type HopName,
  hopNames,
  pythonSkipReason,
  startHop,
} from "./hops"
import { runClients, startWorkers } from "./load"
import { buildNative } from "./native"
import { type ProfileSummary, summariseProfiles } from "./profile"
import { type RoundTrip, workerRoundTrip } from "./round-trip"
import { count } from "./table"

/** One load: N clients x W requests in flight each, M echo workers, body size. */
export interface LoadConfig {
  readonly clients: number
  readonly window: number
  readonly workers: number
  readonly payloadBytes: number
}

export interface HopRun {
  readonly reqPerSec: number
  readonly p50Us: number
  readonly p99Us: number
  readonly replies: number
  readonly lost: number
  /** CPU time of the hop's process per request: its cost, whatever saturates. */
  readonly hopCpuUsPerReq?: number
  /** The same as CPU seconds per 10,000 requests. */
  readonly hopCpuSecPer10k?: number
  readonly hopCpuPercent?: number
  /** CPU of the bench process (clients and workers): near 100 % means the load, not the hop, is the limit. */
  readonly loadCpuPercent: number
}

export interface ConfigResult {
  readonly label: string
  readonly config: LoadConfig
  /** By hop: marque, forwarder (raw limit), fair (one-in-flight limit), python. */
  readonly runs: Partial<Record<HopName, HopRun>>
  /** Throughput ratios to both limits, as the tables print them. */
  readonly ratios: Ratios
}

export interface Ratios {
  readonly marqueToForwarder?: number
  readonly marqueToFair?: number
  readonly pythonToForwarder?: number
  readonly pythonToFair?: number
  /** Issue 14's bars: at least 0.8 of the native one-in-flight limit... */
  readonly marqueToNativeFair?: number
  /** ...and at least 1.3 times the independent Python broker. */
  readonly marqueToPython?: number
}

export interface BrokerResults {
  readonly warmupMs: number
  readonly measureMs: number
  readonly pythonSkipped?: string
  readonly nativeSkipped?: string
  readonly configs: ConfigResult[]
  /** One MDP worker's round trip alone (10 B): what the fair limit reaches at M1. */
  readonly workerRoundTrip?: RoundTrip
  /** With BENCH_CPU_PROF=1: where each Node.js hop's time went. */
  readonly profiles?: ProfileSummary[]
}

export const base: LoadConfig = {
  clients: 4,
  window: 16,
  workers: 2,
  payloadBytes: 10,
}

/** The base load, then one axis varied at a time. */
function matrix(quick: boolean): LoadConfig[] {
  if (quick)
    return [
      base,
      { ...base, clients: 1, window: 1 },
      // Checks the fair limit against one worker's round trip.
      { ...base, workers: 1 },
      { ...base, payloadBytes: 65536 },
    ]
  return [
    base,
    { ...base, clients: 1, window: 1 },
    { ...base, clients: 1 },
    { ...base, clients: 16 },
    { ...base, window: 1 },
    { ...base, window: 64 },
    { ...base, workers: 1 },
    { ...base, workers: 8 },
    // As many workers as requests in flight: MDP's one request per worker
    // (MDP-48) no longer holds requests back in the broker's queue.
    { ...base, workers: 64 },
    { ...base, payloadBytes: 1024 },
    { ...base, payloadBytes: 65536 },
  ]
}

export function label(c: LoadConfig): string {
  const size =
    c.payloadBytes >= 1024 ? `${c.payloadBytes / 1024}KB` : `${c.payloadBytes}B`
  return `N${c.clients} W${c.window} M${c.workers} ${size}`
}

export interface BrokerBenchOptions {
  readonly quick: boolean
  readonly log: (line: string) => void
  /** Override the warm-up and measured window per run (ms). */
  readonly warmupMs?: number
  readonly measureMs?: number
  /** Only these hops (default: all that can run here). */
  readonly hops?: readonly HopName[]
  /** Only the first N loads of the matrix. */
  readonly loads?: number
}

/** Every load of the matrix through each hop, one fresh hop process per run. */
export async function runBrokerBench(
  o: BrokerBenchOptions,
): Promise<BrokerResults> {
  const warmupMs = o.warmupMs ?? (o.quick ? 300 : 700)
  const measureMs = o.measureMs ?? (o.quick ? 700 : 1500)
  const pythonSkipped = pythonSkipReason()
  if (pythonSkipped) o.log(`python broker skipped: ${pythonSkipped}`)
  const nativeSkipped = buildNative(o.log)
  if (nativeSkipped) o.log(`native limits skipped: ${nativeSkipped}`)
  const profileDir =
    process.env.BENCH_CPU_PROF === "1"
      ? path.join(packageRoot, "reports", "bench-profiles")
      : undefined
  if (profileDir) {
    rmSync(profileDir, { recursive: true, force: true })
    mkdirSync(profileDir, { recursive: true })
  }
  const hops = hopNames.filter(
    h =>
      (o.hops ?? hopNames).includes(h) &&
      (h !== "python" || !pythonSkipped) &&
      (!h.startsWith("native") || !nativeSkipped),
  )
  const configs: ConfigResult[] = []
  let service = 0
  for (const config of matrix(o.quick).slice(0, o.loads)) {
    const runs: ConfigResult["runs"] = {}
    for (const name of hops) {
      const file = `${name}-${label(config).replace(/ /g, "-")}.cpuprofile`
      const profile = profileDir ? { dir: profileDir, file } : undefined
      runs[name] = await measureFresh(
        startHop(name, profile),
        config,
        `echo-${++service}`,
        warmupMs,
        measureMs,
      )
    }
    configs.push({ label: label(config), config, runs, ratios: ratios(runs) })
    o.log(
      `  ${label(config)}: ${hops.map(h => `${h} ${count(runs[h]!.reqPerSec)}/s`).join(", ")}`,
    )
  }
  const profiles = profileDir ? summariseProfiles(profileDir) : undefined
  const roundTrip = await workerRoundTrip(
    base.payloadBytes,
    warmupMs,
    measureMs,
  )
  o.log(`  one MDP worker's round trip alone: ${count(roundTrip.perSec)}/s`)
  return {
    warmupMs,
    measureMs,
    pythonSkipped,
    nativeSkipped,
    configs,
    workerRoundTrip: roundTrip,
    profiles,
  }
}

function ratios(runs: ConfigResult["runs"]): Ratios {
  const of = (a: HopName, b: HopName) => {
    const [x, y] = [runs[a]?.reqPerSec, runs[b]?.reqPerSec]
    return x === undefined || !y ? undefined : x / y
  }
  return {
    marqueToForwarder: of("marque", "forwarder"),
    marqueToFair: of("marque", "fair"),
    pythonToForwarder: of("python", "forwarder"),
    pythonToFair: of("python", "fair"),
    marqueToNativeFair: of("marque", "native-fair"),
    marqueToPython: of("marque", "python"),
  }
}

/** One load through a hop started for it, stopped afterwards. */
export async function measureFresh(
  starting: Promise<Hop>,
  c: LoadConfig,
  service: string,
  warmupMs: number,
  measureMs: number,
): Promise<HopRun> {
  const hop = await starting
  try {
    return await measure(hop, c, service, warmupMs, measureMs)
  } finally {
    await hop.stop()
  }
}

/** One load through one hop: its clients and workers connect with the hop's socket options. */
async function measure(
  hop: Hop,
  c: LoadConfig,
  service: string,
  warmupMs: number,
  measureMs: number,
): Promise<HopRun> {
  const workers = await startWorkers(
    hop.workerEndpoint,
    hop.workerKind,
    c.workers,
    service,
    hop.socketOptions,
  )
  const cpu: Array<{ hop?: number; load: NodeJS.CpuUsage }> = []
  const result = await runClients(hop.clientEndpoint, {
    clients: c.clients,
    window: c.window,
    service,
    payloadBytes: c.payloadBytes,
    warmupMs,
    measureMs,
    drainMs: 2000,
    socketOptions: hop.socketOptions,
    onWindow: () =>
      cpu.push({ hop: hop.cpuSeconds(), load: process.cpuUsage() }),
  })
  await workers.stop()
  const seconds = result.windowMs / 1000
  const hopCpu =
    cpu[0].hop !== undefined && cpu[1].hop !== undefined
      ? cpu[1].hop - cpu[0].hop
      : undefined
  const [l0, l1] = [cpu[0].load, cpu[1].load]
  const loadCpu = (l1.user - l0.user + l1.system - l0.system) / 1e6
  const lat = result.latenciesUs
  const at = (q: number) =>
    lat.length ? lat[Math.min(lat.length - 1, Math.floor(q * lat.length))] : NaN
  const cpuUsPerReq =
    hopCpu === undefined || !result.replies
      ? undefined
      : (hopCpu * 1e6) / result.replies
  return {
    reqPerSec: result.replies / seconds,
    p50Us: at(0.5),
    p99Us: at(0.99),
    replies: result.replies,
    lost: result.lost,
    hopCpuUsPerReq: cpuUsPerReq,
    hopCpuSecPer10k: cpuUsPerReq === undefined ? undefined : cpuUsPerReq / 100,
    hopCpuPercent: hopCpu === undefined ? undefined : (hopCpu / seconds) * 100,
    loadCpuPercent: (loadCpu / seconds) * 100,
  }
}
