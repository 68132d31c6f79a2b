import { execFile } from "node:child_process"
import { mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"

export const root = resolve(__dirname, "../../..")
export const marque = join(root, "bin/marque.js")
export const node = process.execPath

export interface SuiteRun {
  code: number
  stdout: string
  stderr: string
  /** verdict by requirement ID, from results.json */
  verdicts: Record<string, string>
  results: Array<{ id: string; verdict: string; detail: string }>
  /** Each scenario's transcript (suite notes and frames), from results.json */
  scenarios: Array<{
    name: string
    status: string
    transcript: Array<{ frames: string[] }>
  }>
}

/** Runs `marque test` as a user would, in its own process, and reads results.json. */
export function runSuite(
  args: string[],
  timeoutMs = 180_000,
  { coverage = true }: { coverage?: boolean } = {},
): Promise<SuiteRun> {
  // c8 follows children through NODE_V8_COVERAGE; the self-check's hundred
  // runs repeat what the reference runs cover, at a price in time and memory.
  const env = { ...process.env }
  if (!coverage) delete env.NODE_V8_COVERAGE
  const reportDir = mkdtempSync(join(tmpdir(), "marque-suite-"))
  return new Promise(done => {
    execFile(
      node,
      [marque, "test", ...args, "--report-dir", reportDir],
      { cwd: root, timeout: timeoutMs, maxBuffer: 16 << 20, env },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === "number" ? err.code : -1) : 0
        let results: SuiteRun["results"] = []
        let scenarios: SuiteRun["scenarios"] = []
        try {
          const json = JSON.parse(
            readFileSync(join(reportDir, "results.json"), "utf8"),
          )
          results = json.requirements
          scenarios = json.scenarios
        } catch {
          // no results: the run did not get that far; the exit code says why
        }
        const verdicts = Object.fromEntries(results.map(r => [r.id, r.verdict]))
        done({ code, stdout, stderr, verdicts, results, scenarios })
      },
    )
  })
}

/** IDs whose verdict is in `kinds`, sorted. */
export function withVerdict(run: SuiteRun, ...kinds: string[]): string[] {
  return run.results
    .filter(r => kinds.includes(r.verdict))
    .map(r => r.id)
    .sort()
}

/** What to print when a verdict set is not the one expected. */
export function explain(run: SuiteRun): string {
  const bad = run.results.filter(
    r => r.verdict === "fail" || r.verdict === "non-strict",
  )
  const failed = run.stderr.split("\n").filter(l => /^\s+FAIL /.test(l))
  return [
    `exit ${run.code}`,
    ...bad.map(r => `${r.id} ${r.verdict}: ${r.detail}`),
    "failed scenarios:",
    ...failed,
    run.stderr.slice(-1000),
  ].join("\n")
}
