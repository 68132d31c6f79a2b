import { writeFileSync } from "node:fs"
import {
  Command,
  type CommanderError,
  InvalidArgumentError,
  Option,
} from "commander"
import { renderFrames } from "../codec"
import { type FuzzResult, fuzz, type TargetName } from "./fuzzer"
import { enumerateCases, mutationAt } from "./mutations"
import { fuzzProtocolFor, fuzzSpecFor, fuzzSpecs } from "./protocols"
import { formatSummary } from "./summary"

/**
 * `node dist/src/fuzz/cli.js [--protocol P] [--target <role>|all]
 * [--messages N] [--seed N]`: floods the protocol's reference peers with
 * malformed messages made from its generated codec, and exits 0 if every
 * one survived with its honest traffic answered, 1 if not, 2 on a usage
 * error.
 */
function integer(min: number) {
  return (value: string): number => {
    const n = Number(value.replace(/_/g, ""))
    if (!/^\d[\d_]*$/.test(value) || !Number.isSafeInteger(n) || n < min) {
      throw new InvalidArgumentError(
        `expected an integer >= ${min}, got "${value}"`,
      )
    }
    return n
  }
}

interface CliOptions {
  protocol?: string
  target: string
  messages: number
  seed?: number
  from: number
  attackers: number
  deadlineMs?: number
  maxRssGrowthMb: number
  rate: number
  show?: number
  peerArg?: string[]
  triage: boolean
  list?: boolean
  json?: string
}

const program = new Command("marque-fuzz")
  .description(
    "flood a protocol's reference peers with malformed messages while honest traffic flows",
  )
  .addOption(
    new Option(
      "--protocol <name>",
      "protocol whose reference peers to attack (default: every one a module offers)",
    ).choices([...fuzzSpecs().keys()]),
  )
  .option(
    "--target <role>",
    'role to attack, or "all" (MDP: broker, worker; "both" = all)',
    "all",
  )
  .option(
    "--messages <n>",
    "malformed messages per target",
    integer(1),
    1_000_000,
  )
  .option(
    "--seed <n>",
    "seed of the malformed stream (default: random, printed)",
    integer(0),
  )
  .option(
    "--from <index>",
    "first stream index, to replay a stretch of a failed run",
    integer(0),
    0,
  )
  .option("--attackers <n>", "attacker sockets at the broker", integer(1), 2)
  .option(
    "--deadline-ms <ms>",
    "deadline of each honest round trip (default: the protocol's, e.g. the 7/MDP client timeout)",
    integer(1),
  )
  .option(
    "--max-rss-growth-mb <mb>",
    "fail when peak RSS passes the start by this much",
    integer(1),
    200,
  )
  .option(
    "--rate <n>",
    "most malformed messages per second; 0 = backpressure only",
    integer(0),
    0,
  )
  .option(
    "--no-triage",
    "after a failure, do not replay the last messages one at a time",
  )
  .option(
    "--peer-arg <arg...>",
    "more arguments for the reference peer, e.g. --peer-arg=--fault --peer-arg=crash-on-invalid",
  )
  .option(
    "--show <index>",
    "print stream message <index> for --target and --seed, and exit",
    integer(0),
  )
  .option(
    "--list",
    "list the enumerated mutations of every message, each with its decoder verdict, and exit",
  )
  .option("--json <file>", "also write the results as JSON")
  .showHelpAfterError()

async function main(): Promise<number> {
  program.exitOverride()
  try {
    program.parse()
  } catch (err) {
    // Help is not an error; anything else commander rejects is usage (exit 2).
    return (err as CommanderError).exitCode === 0 ? 0 : 2
  }
  const o = program.opts<CliOptions>()
  const seed = o.seed ?? Math.floor(Math.random() * 2 ** 31)
  const runs = chosen(o)
  if (typeof runs === "string") {
    console.error(`marque fuzz: ${runs}`)
    return 2
  }
  if (o.show !== undefined) return show(runs, seed, o.show)
  if (o.list) return list(runs)
  const results: FuzzResult[] = []
  for (const { protocol, target } of runs) {
    console.log(
      `marque fuzz ${protocol} ${target}: ${o.messages} malformed messages, seed ${seed}`,
    )
    const result = await fuzz({
      protocol,
      target,
      seed,
      messages: o.messages,
      from: o.from,
      attackers: o.attackers,
      deadlineMs: o.deadlineMs,
      maxRssGrowthMb: o.maxRssGrowthMb,
      rate: o.rate,
      peerArgs: o.peerArg,
      triage: o.triage,
      progress: line => console.log(`  ... ${line}`),
    })
    console.log(formatSummary(result))
    results.push(result)
  }
  if (o.json) writeFileSync(o.json, JSON.stringify(results, null, 2) + "\n")
  const failed = results
    .filter(r => !r.ok)
    .map(r => `${r.protocol} ${r.target}`)
  if (failed.length > 0) {
    console.error(
      `marque fuzz: FAILED (${failed.join(", ")}); see the report above`,
    )
    return 1
  }
  const all = runs.map(r => `${r.protocol} ${r.target}`)
  console.log(`marque fuzz: every target survived (${all.join(", ")})`)
  return 0
}

interface Run {
  readonly protocol: string
  readonly target: TargetName
}

/** The protocol and role pairs to attack, or why the options name none. */
function chosen(o: CliOptions): Run[] | string {
  const protocols = o.protocol ? [o.protocol] : [...fuzzSpecs().keys()]
  const all = o.target === "all" || o.target === "both"
  const runs = protocols.flatMap(protocol =>
    Object.keys(fuzzSpecFor(protocol).targets)
      .filter(target => all || target === o.target)
      .map(target => ({ protocol, target })),
  )
  if (runs.length > 0) return runs
  const there = protocols.map(
    p => `${p}: ${Object.keys(fuzzSpecFor(p).targets).join(", ")}`,
  )
  return `no fuzz target "${o.target}" (there are ${there.join("; ")}; or all)`
}

/** The deterministic enumeration, one line per case: the report's catalogue. */
function list(runs: readonly Run[]): number {
  let rejected = 0
  let valid = 0
  for (const protocol of new Set(runs.map(r => r.protocol))) {
    const targets = runs.filter(r => r.protocol === protocol).map(r => r.target)
    for (const c of enumerateCases(fuzzProtocolFor(protocol), targets)) {
      const verdict = c.error
        ? `rejected: ${c.error.code} at frame ${c.error.frame} [${c.error.rule}]`
        : "valid (never sent)"
      console.log(
        `${c.receiver}\t[${c.mutation.rule}]\t${c.mutation.name}\t${verdict}`,
      )
      if (c.valid) valid++
      else rejected++
    }
  }
  console.log(`${rejected} malformed cases, ${valid} that happen to be valid`)
  return 0
}

function show(runs: readonly Run[], seed: number, index: number): number {
  for (const { protocol, target } of runs) {
    const wire = fuzzProtocolFor(protocol)
    const m = mutationAt(wire, seed, target, index)
    const v = wire.verdict(target, m.frames)
    console.log(
      `${protocol} ${target} #${index} (seed ${seed}): ${m.name} [${m.rule}]`,
    )
    console.log(
      `  ${m.frames.length} frames: ${renderFrames(m.frames.slice(0, 16)).slice(0, 2000)}`,
    )
    console.log(
      `  decoder: ${v.ok ? "accepts it (valid: skipped by the fuzzer)" : `${v.error.code} at frame ${v.error.frame} [${v.error.rule}]`}`,
    )
  }
  return 0
}

main().then(
  code => process.exit(code),
  err => {
    console.error(`marque fuzz: ${(err as Error).stack ?? err}`)
    process.exit(2)
  },
)
