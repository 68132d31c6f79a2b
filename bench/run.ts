import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { packageRoot } from "../src/package-root"
import { type BrokerResults, runBrokerBench } from "./broker"
import { printBroker } from "./broker-print"
import { type BstarResults, printBstar, runBstarBench } from "./bstar"
import { type HopName, hopNames } from "./hops"
import { type CodecResults, printCodec, runCodecBench } from "./codec"
import {
  type FreelanceResults,
  printFreelance,
  runFreelanceBench,
} from "./freelance"
import { type CurveResults, printCurve, runCurveBench } from "./curve"
import { sinkValue } from "./measure"

/**
 * `npm run bench`: codec, then broker benchmarks. Tables go to stdout and
 * every figure to reports/bench.json, with the machine it was measured on.
 *
 *   --quick (or BENCH_QUICK=1)   short rounds and a smaller matrix, for development
 *   --only codec|broker|curve|freelance|bstar  one part only (curve: the
 *                                broker in plaintext against CURVE, issue 13)
 *   --warmup-ms N --measure-ms N  the broker bench's window per run
 *   --loads N                    only the first N loads of the matrix
 *   --hops marque,native-fair    only these hops: marque python forwarder fair native native-fair
 *   BENCH_CPU_PROF=1             Node.js hops run under node --cpu-prof
 */
interface Args {
  readonly quick: boolean
  readonly only?: "codec" | "broker" | "curve" | "freelance" | "bstar"
  readonly warmupMs?: number
  readonly measureMs?: number
  readonly loads?: number
  readonly hops?: HopName[]
}

const usage =
  "usage: run.js [--quick] [--only codec|broker|curve|freelance|bstar] [--warmup-ms N] [--measure-ms N] [--loads N] [--hops a,b]"

function parseArgs(argv: readonly string[]): Args {
  const args: { -readonly [K in keyof Args]: Args[K] } = {
    quick: process.env.BENCH_QUICK === "1",
  }
  const bad = (why: string): never => {
    process.stderr.write(`bench: ${why}\n${usage}\n`)
    process.exit(2)
  }
  const number = (v: string | undefined) =>
    Number(v) > 0 ? Number(v) : bad(`expected a number > 0, got "${v}"`)
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === "--quick") args.quick = true
    else if (
      a === "--only" &&
      /^(codec|broker|curve|freelance|bstar)$/.test(argv[i + 1] ?? "")
    )
      args.only = argv[++i] as Args["only"]
    else if (a === "--warmup-ms") args.warmupMs = number(argv[++i])
    else if (a === "--measure-ms") args.measureMs = number(argv[++i])
    else if (a === "--loads") args.loads = number(argv[++i])
    else if (a === "--hops") {
      const hops = (argv[++i] ?? "").split(",")
      for (const h of hops)
        if (!(hopNames as readonly string[]).includes(h))
          bad(`unknown hop "${h}" (have ${hopNames.join(", ")})`)
      args.hops = hops as HopName[]
    } else bad(`unknown argument "${a}"`)
  }
  return args
}

function machine() {
  const cpus = os.cpus()
  return {
    cpuModel: cpus[0]?.model ?? "unknown",
    cpuCount: cpus.length,
    totalMemoryBytes: os.totalmem(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    date: new Date().toISOString(),
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  const started = performance.now()
  const info = machine()
  console.log(
    `marque bench (${args.quick ? "quick" : "full"}): ${info.cpuCount} x ${info.cpuModel}, ` +
      `${(info.totalMemoryBytes / 2 ** 30).toFixed(1)} GiB, node ${info.node}\n`,
  )
  let codec: CodecResults | undefined
  let broker: BrokerResults | undefined
  let curve: CurveResults | undefined
  let freelance: FreelanceResults | undefined
  let bstar: BstarResults | undefined
  if (!args.only || args.only === "codec") {
    codec = runCodecBench(
      args.quick
        ? { warmupMs: 50, rounds: 3, roundMs: 50 }
        : { warmupMs: 150, rounds: 5, roundMs: 100 },
    )
    console.log(printCodec(codec) + "\n")
  }
  if (!args.only || args.only === "broker") {
    broker = await runBrokerBench({ ...args, log: line => console.log(line) })
    console.log(printBroker(broker))
  }
  if (!args.only || args.only === "curve") {
    curve = await runCurveBench({ ...args, log: line => console.log(line) })
    console.log("\n" + printCurve(curve))
  }
  if (!args.only || args.only === "freelance") {
    freelance = await runFreelanceBench(args.quick)
    console.log("\n" + printFreelance(freelance))
  }
  if (!args.only || args.only === "bstar") {
    bstar = await runBstarBench(args.quick ? 3 : 10)
    console.log("\n" + printBstar(bstar))
  }
  const seconds = (performance.now() - started) / 1000
  const file = path.join(packageRoot, "reports", "bench.json")
  mkdirSync(path.dirname(file), { recursive: true })
  const report = {
    // The soak run's figures (npm run soak) stay beside the bench's.
    soak: previousSoak(file),
    machine: info,
    mode: args.quick ? "quick" : "full",
    seconds,
    // --only: the parts not run keep their last figures.
    ...previousParts(file),
    ...defined({ codec, broker, curve, freelance, bstar }),
    sink: sinkValue(),
  }
  writeFileSync(file, JSON.stringify(report, null, 2) + "\n")
  console.log(
    `\n${seconds.toFixed(0)} s; every figure in ${path.relative(process.cwd(), file)}`,
  )
}

function previousParts(file: string): Record<string, unknown> {
  try {
    const { codec, broker, curve, freelance, bstar } = JSON.parse(
      readFileSync(file, "utf8"),
    ) as Record<string, unknown>
    return { codec, broker, curve, freelance, bstar }
  } catch {
    return {}
  }
}

const defined = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))

function previousSoak(file: string): unknown {
  try {
    return (JSON.parse(readFileSync(file, "utf8")) as { soak?: unknown }).soak
  } catch {
    return undefined
  }
}

main().catch(err => {
  process.stderr.write(`bench: ${(err as Error).stack ?? err}\n`)
  process.exit(1)
})
