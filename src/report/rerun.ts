import { execFile } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { ScenarioResult } from "../harness/collect"
import type { SuiteConfig } from "../harness/config"
import type { ReportScenario } from "./results"

/**
 * A failure that rests on a clock: its text names a wait or a time ("within
 * 225 ms", a heartbeat, an expiry). Only these are rerun: a wrong frame is
 * wrong every time.
 */
export function timingDependent(s: ScenarioResult): boolean {
  if (s.status === "PASSED" || s.status === "SKIPPED") return false
  const f = s.verdict?.failure
  const text = f ? `${f.expected} ${f.actual}` : ""
  return /\b\d+ ms\b|heartbeat|expir|timeout|interval|liveness|within/i.test(
    text,
  )
}

export type Rerun = NonNullable<ReportScenario["rerun"]>

/** One scenario once more, in a fresh process (Cucumber loads step code once per process). */
function runOnce(
  config: SuiteConfig,
  name: string,
  timeoutMs: number,
): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), "marque-rerun-"))
  const job = join(dir, "job.json")
  writeFileSync(job, JSON.stringify({ config, name, reportDir: dir }))
  return new Promise(done => {
    execFile(
      process.execPath,
      [join(__dirname, "rerun-child.js"), job],
      { timeout: timeoutMs, maxBuffer: 16 << 20 },
      () => {
        let passed = false
        try {
          const r = JSON.parse(
            readFileSync(join(dir, "results.json"), "utf8"),
          ) as { scenarios?: ScenarioResult[] }
          passed =
            !!r.scenarios?.length &&
            r.scenarios.every(s => s.status === "PASSED")
        } catch {
          // no results: the rerun did not conclude, so it did not pass
        }
        rmSync(dir, { recursive: true, force: true })
        done(passed)
      },
    )
  })
}

/**
 * Reruns each timing-dependent failed scenario `attempts` times and labels
 * it: flaky when any rerun passed, deterministic when none did. The verdict
 * stays what the first run said; the label tells a maintainer whether to
 * look at their timings or at their logic. Writes the labels into the
 * run's results.json (scenarios[].rerun) and returns them by scenario name.
 */
export async function labelTimingFailures(
  config: SuiteConfig,
  reportDir: string,
  attempts: number,
  perRunTimeoutMs = 300_000,
): Promise<Map<string, Rerun>> {
  const file = join(reportDir, "results.json")
  const results = JSON.parse(readFileSync(file, "utf8")) as {
    scenarios?: ReportScenario[]
  }
  const out = new Map<string, Rerun>()
  if (attempts < 1) return out
  for (const s of results.scenarios ?? []) {
    if (!timingDependent(s)) continue
    let passed = 0
    for (let i = 0; i < attempts; i++)
      if (await runOnce(config, s.name, perRunTimeoutMs)) passed++
    s.rerun = {
      attempts,
      passed,
      label: passed > 0 ? "flaky" : "deterministic",
    }
    out.set(s.name, s.rerun)
  }
  if (out.size) writeFileSync(file, JSON.stringify(results, null, 2))
  return out
}
