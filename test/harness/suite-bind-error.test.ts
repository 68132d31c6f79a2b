import assert from "node:assert/strict"
import { existsSync, mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { after, test } from "node:test"
import { marque, node, runSuite } from "../conformance/run-suite"

// The IUT escapes its process group (setsid), so the suite's kill -9 reaches
// only the shell and the server lives on, holding its state endpoint. Every
// server started appends its pid here, for this test to end it.
const pids = mkdtempSync(join(tmpdir(), "marque-escaped-"))
after(() => {
  for (const role of ["primary", "backup"]) {
    const file = join(pids, role)
    if (!existsSync(file)) continue
    for (const pid of readFileSync(file, "utf8").split("\n").filter(Boolean))
      try {
        process.kill(Number(pid), "SIGKILL")
      } catch {
        // already gone
      }
  }
})

test("marque test - a port the suite cannot bind for itself is a suite error, never a verdict on the IUT: exit 2, the scenario ERROR, its requirements error", async () => {
  const pair = `"${node}" "${marque}" bstar pair --role {role} --frontend {frontend} --statepub {statepub} --peer {peer} --heartbeat-ms 200 --log-level warn`
  const start = `setsid --wait sh -c 'echo $$ >> "${pids}/{role}"; exec ${pair}'`
  // The one scenario that kills the primary and binds its state endpoint in its place.
  const run = await runSuite([
    ...["--protocol", "bstar", "--role", "pair", "--heartbeat-ms", "200"],
    ...["--start", start, "--tags", "@BSTAR-11 and not @faults"],
  ])
  const why = `exit ${run.code}\n${run.stdout}\n${run.stderr.slice(-2000)}`
  assert.equal(run.code, 2, why)
  assert.deepEqual(
    run.scenarios.map(s => [s.name, s.status]),
    [["PASSIVE goes ACTIVE when its peer comes back as BACKUP", "ERROR"]],
    why,
  )
  assert.equal(run.verdicts["BSTAR-11"], "error", why)
  const r = run.results.find(x => x.id === "BSTAR-11")!
  assert.match(
    r.detail,
    /not judged, the suite failed\n.*suite error, not the IUT's: the suite could not bind a socket of its own: cannot bind tcp:\/\/127\.0\.0\.1:\d+: address already in use/,
  )
  assert.match(run.stdout, /suite error in "PASSIVE goes ACTIVE/, why)
})
