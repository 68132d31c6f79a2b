import { mkdirSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { packageRoot } from "../src/package-root"
import { type BrokerResults, runBrokerBench } from "./broker"
import { printBroker } from "./broker-print"
import { type CodecResults, printCodec, runCodecBench } from "./codec"
import { sinkValue } from "./measure"

/**
 * `npm run bench`: codec, then broker benchmarks. Tables go to stdout and
 * every figure to reports/bench.json, with the machine it was measured on.
 *
 *   --quick (or BENCH_QUICK=1)   short rounds and a smaller matrix, for development
 *   --only codec|broker          one half only
 *   BENCH_CPU_PROF=1             brokers and forwarders run under node --cpu-prof
 */
interface Args {
  readonly quick: boolean
  readonly only?: "codec" | "broker"
}

function parseArgs(argv: readonly string[]): Args {
  let quick = process.env.BENCH_QUICK === "1"
  let only: Args["only"]
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === "--quick") quick = true
    else if (
      a === "--only" &&
      (argv[i + 1] === "codec" || argv[i + 1] === "broker")
    )
      only = argv[++i] as Args["only"]
    else {
      process.stderr.write(
        `bench: unknown argument "${a}"\nusage: run.js [--quick] [--only codec|broker]\n`,
      )
      process.exit(2)
    }
  }
  return { quick, only }
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
  if (args.only !== "broker") {
    codec = runCodecBench(
      args.quick
        ? { warmupMs: 50, rounds: 3, roundMs: 50 }
        : { warmupMs: 150, rounds: 5, roundMs: 100 },
    )
    console.log(printCodec(codec) + "\n")
  }
  if (args.only !== "codec") {
    broker = await runBrokerBench({
      quick: args.quick,
      log: line => console.log(line),
    })
    console.log(printBroker(broker))
  }
  const seconds = (performance.now() - started) / 1000
  const file = path.join(packageRoot, "reports", "bench.json")
  mkdirSync(path.dirname(file), { recursive: true })
  const report = {
    machine: info,
    mode: args.quick ? "quick" : "full",
    seconds,
    codec,
    broker,
    sink: sinkValue(),
  }
  writeFileSync(file, JSON.stringify(report, null, 2) + "\n")
  console.log(
    `\n${seconds.toFixed(0)} s; every figure in ${path.relative(process.cwd(), file)}`,
  )
}

main().catch(err => {
  process.stderr.write(`bench: ${(err as Error).stack ?? err}\n`)
  process.exit(1)
})
