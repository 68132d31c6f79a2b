import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { curveClientOptions, newKeyPair, writeKeyPair } from "../src/core/curve"
import {
  base,
  type HopRun,
  label,
  type LoadConfig,
  measureFresh,
} from "./broker"
import { type HopCurve, startHop } from "./hops"
import { count, micros, table, twoDecimals } from "./table"

/**
 * CURVE's cost (issue 13): the same loads through marque's broker twice in
 * one run, once in plaintext and once as a CURVE server (RFC 26) with an
 * allow-list checked by its ZAP handler (RFC 27), the load generator's
 * clients and workers then being CURVE clients with an allowed key. The
 * two modes alternate within each load, so a machine whose load drifts
 * tilts neither; each mode's median run (by requests/s) is reported.
 */

export interface CurveRow {
  readonly label: string
  readonly config: LoadConfig
  readonly plain: HopRun
  readonly curve: HopRun
  /** CURVE over plaintext: requests/s, CPU per 10k requests, p50, p99. */
  readonly ratios: {
    readonly reqPerSec: number
    readonly cpuPer10k?: number
    readonly p50: number
    readonly p99: number
  }
}

export interface CurveResults {
  readonly warmupMs: number
  readonly measureMs: number
  /** Runs per mode and load; the median is reported. */
  readonly rounds: number
  readonly rows: CurveRow[]
}

function loads(quick: boolean): LoadConfig[] {
  const small = { ...base, clients: 1, window: 1 }
  const big = { ...base, payloadBytes: 65536 }
  return quick
    ? [base, small, big]
    : [base, small, { ...base, payloadBytes: 1024 }, big]
}

/** Key files for the broker and an allow-list of the load generator's key. */
function makeKeys(dir: string): HopCurve {
  const broker = newKeyPair()
  const load = newKeyPair()
  const { secretFile } = writeKeyPair(path.join(dir, "broker"), broker)
  const allowFile = path.join(dir, "allowed")
  writeFileSync(allowFile, `${load.publicKey}\n`)
  return {
    secretKeyFile: secretFile,
    allowFile,
    clientOptions: curveClientOptions({ ...load, serverKey: broker.publicKey }),
  }
}

export async function runCurveBench(o: {
  readonly quick: boolean
  readonly warmupMs?: number
  readonly measureMs?: number
  readonly loads?: number
  readonly log: (line: string) => void
}): Promise<CurveResults> {
  const warmupMs = o.warmupMs ?? (o.quick ? 300 : 700)
  const measureMs = o.measureMs ?? (o.quick ? 700 : 1500)
  const rounds = o.quick ? 1 : 3
  const dir = mkdtempSync(path.join(os.tmpdir(), "marque-bench-curve-"))
  const rows: CurveRow[] = []
  let service = 0
  try {
    const keys = makeKeys(dir)
    for (const config of loads(o.quick).slice(0, o.loads)) {
      const runs: { plain: HopRun[]; curve: HopRun[] } = {
        plain: [],
        curve: [],
      }
      for (let round = 0; round < rounds; round++) {
        const order =
          round % 2
            ? (["curve", "plain"] as const)
            : (["plain", "curve"] as const)
        for (const mode of order) {
          const curve = mode === "curve" ? keys : undefined
          runs[mode].push(
            await measureFresh(
              startHop("marque", undefined, curve),
              config,
              `echo-${++service}`,
              warmupMs,
              measureMs,
            ),
          )
        }
      }
      const row = compare(config, median(runs.plain), median(runs.curve))
      rows.push(row)
      o.log(
        `  ${row.label}: plaintext ${count(row.plain.reqPerSec)}/s, CURVE ${count(row.curve.reqPerSec)}/s`,
      )
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return { warmupMs, measureMs, rounds, rows }
}

function median(runs: HopRun[]): HopRun {
  const sorted = [...runs].sort((a, b) => a.reqPerSec - b.reqPerSec)
  return sorted[Math.floor((sorted.length - 1) / 2)]
}

function compare(config: LoadConfig, plain: HopRun, curve: HopRun): CurveRow {
  const [a, b] = [plain.hopCpuSecPer10k, curve.hopCpuSecPer10k]
  return {
    label: label(config),
    config,
    plain,
    curve,
    ratios: {
      reqPerSec: curve.reqPerSec / plain.reqPerSec,
      cpuPer10k: a === undefined || b === undefined || !a ? undefined : b / a,
      p50: curve.p50Us / plain.p50Us,
      p99: curve.p99Us / plain.p99Us,
    },
  }
}

export function printCurve(r: CurveResults): string {
  const cpu = (x: HopRun) =>
    x.hopCpuSecPer10k === undefined ? "-" : x.hopCpuSecPer10k.toFixed(2)
  return [
    `CURVE's cost: marque's broker in plaintext and as a CURVE server with an allow-list (ZAP), ` +
      `MDP/0.1 echo, clients and workers CURVE clients with an allowed key; ` +
      `${r.warmupMs} ms warm-up, ${r.measureMs} ms measured, median of ${r.rounds} run(s) per mode, modes alternating`,
    table(
      [
        "load",
        "req/s plain",
        "CURVE",
        "ratio",
        "p50 µs plain",
        "CURVE",
        "p99 µs plain",
        "CURVE",
        "cpu s/10k plain",
        "CURVE",
        "ratio",
        "lost",
      ],
      r.rows.map(x => [
        x.label,
        count(x.plain.reqPerSec),
        count(x.curve.reqPerSec),
        twoDecimals(x.ratios.reqPerSec),
        micros(x.plain.p50Us),
        micros(x.curve.p50Us),
        micros(x.plain.p99Us),
        micros(x.curve.p99Us),
        cpu(x.plain),
        cpu(x.curve),
        twoDecimals(x.ratios.cpuPer10k),
        String(x.plain.lost + x.curve.lost),
      ]),
    ),
    "  ratio = CURVE / plaintext; cpu = CPU seconds of the broker process per 10k requests",
  ].join("\n")
}
