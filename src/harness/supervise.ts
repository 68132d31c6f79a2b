import { fork } from "node:child_process"
import { join } from "node:path"
import { MarqueError, UsageError } from "../errors"
import type { ScenarioResult, ScenarioWatcher, SuiteError } from "./collect"
import type { CucumberJob, PlannedScenario } from "./run-cucumber"
import type { ChildEvent } from "./scenarios-child"

/** A suite error of the run; `scenario` names the one in flight, if any. */
export type RunError = SuiteError & { scenario?: string }

export interface SupervisedOutcome {
  /** In run order; a scenario the suite lost is there with status "ERROR". */
  scenarios: ScenarioResult[]
  errors: RunError[]
}

interface PartEnd {
  clean: boolean
  code: number | null
  signal: NodeJS.Signals | null
  stderr: string
  /** The scenario that started and never finished. */
  current?: { name: string; requirements: string[]; where: string; at: number }
  /** Whether any scenario started in this part. */
  started: boolean
  /** Set when the watchdog killed a child silent for this long. */
  silentMs?: number
}

/**
 * How long past a step's backstop the scenario process may stay silent
 * before the watchdog kills it: the backstop itself fails a hung step in
 * time, so silence beyond it means the process cannot run timers at all.
 */
const watchdogGraceMs =
  Number(process.env.MARQUE_TEST_WATCHDOG_GRACE_MS) || 15_000

/**
 * Runs the scenarios in a child process and survives it: libzmq can abort
 * the whole process on some connection tear-downs (issue 3442), which no
 * handler can catch. When the child dies, the scenario in flight becomes an
 * `error` (the suite's failure, not the IUT's) and a new child runs the
 * scenarios not yet run. The normal path costs one process start.
 */
export async function superviseScenarios(
  job: Omit<CucumberJob, "only" | "part">,
  watch: ScenarioWatcher & { finish(r: ScenarioResult): void },
): Promise<SupervisedOutcome> {
  const scenarios: ScenarioResult[] = []
  const errors: RunError[] = []
  const ran = new Set<string>()
  let plan: PlannedScenario[] | undefined
  const record = (r: ScenarioResult) => {
    ran.add(`${r.uri}:${r.line}`)
    scenarios.push(r)
    watch.finish(r)
  }
  for (let part = 1; ; part++) {
    const only = plan?.filter(p => !ran.has(p.where)).map(p => p.where)
    if (only && !only.length) break
    const end = await runPart({ ...job, only, part }, e => {
      if (e.t === "planned" && !plan) {
        plan = e.scenarios
        watch.plan(plan.length)
      } else if (e.t === "start") watch.start(e.name, e.requirements)
      else if (e.t === "finish") record(e.result)
    })
    if (end.clean) break
    const error = suiteError(end)
    if (!plan)
      throw new MarqueError(
        `${error.message} before it planned the run${error.stderr ? `\n--- its stderr ---\n${error.stderr}` : ""}`,
      )
    const c = end.current
    errors.push({ ...error, scenario: c?.name })
    if (c) record(lost(c, error, Date.now() - c.at))
    // A part that died before starting anything would die again: stop there.
    else if (!end.started)
      for (const p of plan.filter(x => !ran.has(x.where)))
        record(
          lost(
            { ...p, requirements: [] },
            { ...error, message: `not run: ${error.message}` },
            0,
          ),
        )
  }
  return { scenarios, errors }
}

/** What a lost scenario reports: who died, how, and its last words. */
function suiteError(end: PartEnd): SuiteError {
  const how = end.silentMs
    ? `went silent (no step started or ended within ${Math.round(end.silentMs / 1000)} s, past the step backstop: an event loop that cannot run timers) and was killed`
    : end.signal
      ? `was killed by ${end.signal}${end.signal === "SIGABRT" ? " (an abort, e.g. libzmq's assertion on a torn-down connection, libzmq issue 3442)" : ""}`
      : `exited with code ${end.code}`
  return {
    message: `suite error, not the IUT's: the suite's scenario process ${how}`,
    signal: end.signal,
    exitCode: end.code,
    stderr: end.stderr,
  }
}

function lost(
  c: { name: string; requirements: string[]; where: string },
  error: SuiteError,
  durationMs: number,
): ScenarioResult {
  const at = c.where.lastIndexOf(":")
  return {
    name: c.name,
    uri: c.where.slice(0, at),
    line: Number(c.where.slice(at + 1)),
    tags: c.requirements.map(id => `@${id}`),
    requirements: c.requirements,
    status: "ERROR",
    durationMs,
    transcript: [],
    error,
  }
}

/** One child: forwards its events, and reports how it ended. */
function runPart(
  job: CucumberJob,
  onEvent: (e: ChildEvent) => void,
): Promise<PartEnd> {
  const child = fork(join(__dirname, "scenarios-child.js"), [], {
    stdio: ["ignore", "inherit", "pipe", "ipc"],
  })
  let stderr = ""
  child.stderr!.on("data", (chunk: Buffer) => {
    process.stderr.write(chunk)
    stderr = (stderr + chunk.toString()).slice(-8192)
  })
  const groups = new Set<number>()
  let current: PartEnd["current"]
  let started = false
  let done = false
  let failure: Error | undefined
  let watchdog: NodeJS.Timeout | undefined
  let silentMs: number | undefined
  child.on("message", (e: ChildEvent) => {
    if (e.t === "beat") {
      const ms = e.backstopMs + watchdogGraceMs
      clearTimeout(watchdog)
      watchdog = setTimeout(() => {
        silentMs = ms
        child.kill("SIGKILL")
      }, ms)
      return
    }
    if (e.t === "done") clearTimeout(watchdog)
    if (e.t === "iut") {
      if (e.up) groups.add(e.pid)
      else groups.delete(e.pid)
      return
    }
    if (e.t === "start") {
      started = true
      current = { ...e, at: Date.now() }
    } else if (e.t === "finish") current = undefined
    else if (e.t === "done") done = true
    else if (e.t === "usage") failure = new UsageError(e.message)
    else if (e.t === "fatal") failure = new MarqueError(e.message)
    onEvent(e)
  })
  child.send(job)
  // "close" comes after the IPC channel and stderr drained: nothing said is lost.
  return new Promise((resolve, reject) =>
    child.once("close", (code, signal) => {
      clearTimeout(watchdog)
      // The IUTs of a child that died are orphans holding ports: clear them out.
      for (const pid of groups) {
        try {
          process.kill(-pid, "SIGKILL")
        } catch {
          // the group is already gone
        }
      }
      if (failure) return reject(failure)
      const tail = stderr.trimEnd().split("\n").slice(-20).join("\n")
      resolve({
        clean: done && code === 0,
        code,
        signal,
        stderr: tail,
        current,
        started,
        silentMs,
      })
    }),
  )
}
