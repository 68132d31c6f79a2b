import assert from "node:assert/strict"
import { execFile } from "node:child_process"
import { mkdtempSync, writeFileSync } from "node:fs"
import { createServer, type Server } from "node:net"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { after, before, test } from "node:test"
import {
  type BadCase,
  baseArgs,
  binds,
  leafCommands,
  peerCases,
  testFlagCases,
} from "./bad-input-cases"
import { profileCases } from "./bad-input-profiles"

// Issue 13, item 4: bad input to any command or profile exits 2 with one
// clear line naming what was wrong, never a stack trace, never a run that
// blames the IUT. Each case runs the built CLI as a user would.

const root = resolve(__dirname, "../../..")
const marque = join(root, "bin/marque.js")
const tmp = mkdtempSync(join(tmpdir(), "marque-bad-input-"))
/** Generous: a CLI that refuses its input exits in well under a second, even on a loaded machine. */
const caseTimeoutMs = 30_000
const batch = 6

interface Outcome {
  code: number | string
  stderr: string
  stdout: string
}

function run(args: string[]): Promise<Outcome> {
  return new Promise(done => {
    execFile(
      process.execPath,
      [marque, ...args],
      { cwd: tmp, timeout: caseTimeoutMs, killSignal: "SIGKILL" },
      (err, stdout, stderr) =>
        done({
          code: err ? (err.code ?? err.signal ?? "?") : 0,
          stdout,
          stderr,
        }),
    )
  })
}

/** What is wrong with an outcome, or undefined when it is the exit-2 line wanted. */
function problem(c: BadCase, o: Outcome): string | undefined {
  const lines = o.stderr
    .split("\n")
    .filter(l => l.trim() && !l.startsWith("(add --help"))
  if (o.code !== 2) return `exit ${o.code}, not 2`
  if (/^\s+at |Unhandled|node:internal/m.test(o.stderr)) return "a stack trace"
  if (lines.length !== 1 && !c.detail) return `${lines.length} lines, not one`
  if (!c.says.test(lines[0])) return `the message does not match ${c.says}`
  return undefined
}

/** Runs every case, `batch` at a time, and lists the ones that went wrong. */
async function check(cases: BadCase[]): Promise<void> {
  const wrong: string[] = []
  for (let i = 0; i < cases.length; i += batch) {
    const slice = cases.slice(i, i + batch)
    const outcomes = await Promise.all(slice.map(c => run(c.args)))
    slice.forEach((c, j) => {
      const why = problem(c, outcomes[j])
      if (why)
        wrong.push(
          `${c.name}: ${why}\n  marque ${c.args.join(" ")}\n  stderr: ${outcomes[j].stderr.trim().slice(0, 400)}`,
        )
    })
  }
  assert.deepEqual(wrong, [], `${wrong.length} of ${cases.length} cases`)
}

let held: Server
let heldPort = 0

before(async () => {
  held = createServer()
  await new Promise<void>(r => held.listen(0, "127.0.0.1", r))
  heldPort = (held.address() as { port: number }).port
})
after(() => held.close())

test("every option of every reference peer command refuses a bad value with exit 2 naming it", async () => {
  const cases = peerCases()
  assert.ok(cases.length > 100, `only ${cases.length} cases generated`)
  await check(cases)
})

test("every peer command that binds exits 2 with one line naming an endpoint in use", async () => {
  const cases: BadCase[] = []
  for (const { path, cmd } of leafCommands())
    for (const o of cmd.options.filter(binds)) {
      if (path[0] === "test") continue
      const at =
        o.long === "--http"
          ? `127.0.0.1:${heldPort}`
          : `tcp://127.0.0.1:${heldPort}`
      cases.push({
        name: `${path.join(" ")} ${o.long} in use`,
        args: [...baseArgs(path, cmd, o), o.long!, at],
        says: new RegExp(`${at.replace(/\./g, "\\.")}: address already in use`),
      })
    }
  assert.ok(cases.length >= 8, `only ${cases.length} binding options found`)
  await check(cases)
})

test("peer options that bound each other: the larger one smaller is exit 2 naming both", async () => {
  const at = "tcp://127.0.0.1:9"
  const cases: BadCase[] = [
    [["worker", "--connect", at, "--service", "echo"], "reconnect"],
    [["ppp", "worker", "--connect", at], "reconnect"],
    [["tsp", "client", "--connect", at, "--service", "echo", "x"], "poll"],
    [["tsp", "server", "--connect", at, "--store", "s"], "retry"],
  ].map(([args, what]) => ({
    name: `${(args as string[]).slice(0, 2).join(" ")} --${what as string}-max-ms < --${what as string}-ms`,
    args: [
      ...(args as string[]),
      ...[
        `--${what as string}-ms`,
        "5000",
        `--${what as string}-max-ms`,
        "100",
      ],
    ],
    says: new RegExp(
      `--${what as string}-max-ms must be at least --${what as string}-ms`,
    ),
  }))
  cases.push({
    name: "flp client --ttl-ms <= --ping-ms",
    args: [
      "flp",
      "client",
      "--servers",
      at,
      "--ping-ms",
      "500",
      "--ttl-ms",
      "500",
      "x",
    ],
    says: /--ttl-ms must be more than --ping-ms/,
  })
  await check(cases)
})

test("every marque test flag refuses a bad value with exit 2 naming it", async () => {
  await check(testFlagCases())
})

test("marque test: mistakes a flag's type cannot catch exit 2 before any scenario", async () => {
  const broker = ["test", "--protocol", "mdp/0.1", "--role", "broker"]
  const inUse = `tcp://127.0.0.1:${heldPort}`
  const badJson = join(tmp, "bad.json")
  writeFileSync(badJson, '{"x":')
  const dir = join(tmp, "reports")
  const cases: BadCase[] = [
    ...[
      ["--protocol", "smoke-signals", /unknown protocol "smoke-signals"/],
      ["--role", "janitor", /has no role "janitor"/],
      ["--start", "no-such-program-xyz {endpoint}", /no-such-program-xyz/],
      ["--tags", "@MDP-1 and (", /--tags: .*could not be parsed/],
      ["--expect", join(tmp, "none.json"), /cannot read baseline/],
      ["--expect", badJson, /cannot read baseline/],
      ["--report-dir", "/etc/hostname/x", /--report-dir .*cannot write/],
      ["--fault", "no-heartbeat", /add --reference/],
      ["--curve", "", /--curve/],
      ["--endpoint", inUse, /address already in use.*the IUT the suite/],
    ].map(([flag, value, says]) => ({
      name: `test ${flag} ${value}`,
      args: [
        ...broker,
        ...(flag === "--start" ? [] : ["--start", "true"]),
        flag as string,
        ...(value ? [value as string] : []),
        ...(flag === "--report-dir" ? [] : ["--report-dir", dir]),
      ],
      says: says as RegExp,
      // A --start that fails shows what it printed ("not found").
      detail: flag === "--start",
    })),
    {
      name: "test: the suite's own endpoint for a client IUT in use",
      args: [
        ...["test", "--protocol", "mdp/0.1", "--role", "client"],
        ...["--reference", "--endpoint", inUse, "--report-dir", dir],
      ],
      says: /--endpoint .*address already in use.*; the suite binds it/,
    },
    {
      name: "test: two sockets of the suite on one endpoint",
      args: [
        ...["test", "--protocol", "bstar", "--role", "client", "--reference"],
        ...["--primary", "tcp://127.0.0.1:9", "--backup", "tcp://127.0.0.1:9"],
      ],
      says: /--backup and --primary are both/,
    },
    {
      name: "test: no --start and nothing running",
      args: [...broker, "--endpoint", "tcp://127.0.0.1:{port}"],
      says: /give --start/,
    },
  ]
  await check(cases)
})

test("every profile field refuses a bad value, and an unreadable profile exits 2", async () => {
  await check(profileCases(join(tmp, "profiles")))
})
