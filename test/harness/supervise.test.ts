import assert from "node:assert/strict"
import { execFile, execFileSync } from "node:child_process"
import { mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { test } from "node:test"
import { marque, node, root } from "../conformance/run-suite"

// The IUT runs under a shell that names a marker, so the test can tell
// whether the IUT of the dead scenario process was cleared out.
const marker = `marque-supervise-${process.pid}`
const start = `"${node}" "${marque}" flp server --bind {endpoint} --log-level warn; : ${marker}`

test("marque test - a scenario process that aborts mid-scenario is a suite error: the run resumes, keeps the other verdicts, exits 2 naming it", async () => {
  const reportDir = mkdtempSync(join(tmpdir(), "marque-supervise-"))
  const args = [
    marque,
    "test",
    "--protocol",
    "flp",
    "--role",
    "server",
    "--start",
    start,
    "--tags",
    "@FLP-9 or @FLP-2",
    "--report-dir",
    reportDir,
  ]
  // The test hook of src/harness/cucumber/test-hook.ts: SIGABRT, as libzmq's assertion does.
  const env = {
    ...process.env,
    MARQUE_TEST_ABORT_SCENARIO: "^A client ROUTER addresses",
  }
  const run = await new Promise<{
    code: number
    stdout: string
    stderr: string
  }>(done =>
    execFile(
      node,
      args,
      { cwd: root, env, timeout: 120_000 },
      (err, stdout, stderr) =>
        done({ code: err ? Number(err.code) : 0, stdout, stderr }),
    ),
  )
  const why = `exit ${run.code}\n${run.stdout}\n${run.stderr.slice(-2000)}`
  assert.equal(run.code, 2, why)
  assert.match(
    run.stdout,
    /suite error in "A client ROUTER addresses the server by its endpoint": .*killed by SIGABRT/,
    why,
  )

  const results = JSON.parse(
    readFileSync(join(reportDir, "results.json"), "utf8"),
  ) as {
    requirements: { id: string; verdict: string; detail: string }[]
    scenarios: { name: string; status: string; error?: { signal: string } }[]
    errors: { scenario: string; signal: string; stderr: string }[]
  }
  const verdicts = Object.fromEntries(
    results.requirements.map(r => [r.id, r.verdict]),
  )
  // The lost scenario's requirements are the suite's error; the next scenario ran in a new process and passed.
  assert.deepEqual(
    [
      verdicts["FLP-9"],
      verdicts["FLP-10"],
      verdicts["FLP-7"],
      verdicts["FLP-2"],
    ],
    ["error", "error", "error", "pass"],
    why,
  )
  assert.deepEqual(
    results.scenarios.map(s => [s.status, s.error?.signal]),
    [
      ["ERROR", "SIGABRT"],
      ["PASSED", undefined],
    ],
  )
  assert.equal(results.errors.length, 1)
  assert.match(
    results.errors[0].stderr,
    /test-hook/,
    "the stderr tail of the dead process",
  )

  const junit = readFileSync(join(reportDir, "junit.xml"), "utf8")
  assert.match(junit, /errors="3"/)
  assert.match(junit, /name="FLP-9 [^"]*">\s*<error message="[^"]*SIGABRT/)
  const html = readFileSync(join(reportDir, "index.html"), "utf8")
  assert.match(html, /Suite error<\/strong>|Suite error in <q>A client ROUTER/)
  assert.match(html, /data-verdict="error"/)

  // The IUT the dead process had started does not outlive it.
  assert.throws(
    () => execFileSync("pgrep", ["-f", marker]),
    "no IUT left behind",
  )
})

test("marque test - a scenario process whose event loop hangs is killed by the watchdog: a suite error, the run resumes", async () => {
  const reportDir = mkdtempSync(join(tmpdir(), "marque-watchdog-"))
  // Short declared timings keep the step backstop (and so the test) short.
  const args = [
    ...[marque, "test", "--protocol", "flp", "--role", "server"],
    ...["--start", start, "--start-timeout-ms", "1000"],
    ...["--heartbeat-ms", "100", "--reply-timeout-ms", "200"],
    ...["--tags", "@FLP-9 or @FLP-2", "--report-dir", reportDir],
  ]
  // The test hook of src/harness/cucumber/test-hook.ts: a busy loop, so not
  // even the backstop's timer can fire in that process.
  const env = {
    ...process.env,
    MARQUE_TEST_HANG_SCENARIO: "^A client ROUTER addresses",
    MARQUE_TEST_WATCHDOG_GRACE_MS: "1000",
  }
  const run = await new Promise<{ code: number; stdout: string }>(done =>
    execFile(node, args, { cwd: root, env, timeout: 120_000 }, (err, stdout) =>
      done({ code: err ? Number(err.code) : 0, stdout }),
    ),
  )
  const why = `exit ${run.code}\n${run.stdout}`
  assert.equal(run.code, 2, why)
  assert.match(
    run.stdout,
    /suite error in "A client ROUTER addresses the server by its endpoint": .*went silent .* and was killed/,
    why,
  )
  const results = JSON.parse(
    readFileSync(join(reportDir, "results.json"), "utf8"),
  ) as { scenarios: { status: string }[] }
  assert.deepEqual(
    results.scenarios.map(s => s.status),
    ["ERROR", "PASSED"],
  )
  assert.throws(
    () => execFileSync("pgrep", ["-f", marker]),
    "no IUT left behind",
  )
})
