import assert from "node:assert/strict"
import { writeFileSync, mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { execFile } from "node:child_process"
import { test } from "node:test"
import { marque, node, runSuite } from "./run-suite"

const tmp = mkdtempSync(join(tmpdir(), "marque-cli-"))
const reference = `exec "${node}" "${marque}" broker --bind {endpoint} --heartbeat-ms 150 --log-level silent`
const base = [
  "--protocol",
  "mdp/0.1",
  "--role",
  "broker",
  "--heartbeat-ms",
  "150",
]

test("marque test - a tag filter that selects no scenario exits 2 (a typo must never pass CI)", async () => {
  const run = await runSuite([
    ...base,
    "--start",
    reference,
    "--tags",
    "@MDP-9999",
  ])
  assert.equal(run.code, 2, run.stderr)
  assert.match(run.stderr, /selects no scenario/)
})

test("marque test - an IUT that never binds exits 2 with its output", async () => {
  const run = await runSuite([
    ...base,
    "--start",
    "echo 'cannot start: no licence' >&2; exit 7",
    "--start-timeout-ms",
    "2000",
  ])
  assert.equal(run.code, 2, run.stderr)
  assert.match(run.stderr, /exited \(exit code 7\) before binding/)
  assert.match(run.stderr, /no licence/)
})

test("marque test - an IUT whose picked port was taken before it bound is started again on other ports", async () => {
  // The second start (the first is the preflight's) fails as any IUT does
  // when its port is already in use.
  const count = join(tmp, "starts")
  const run = await runSuite([
    ...base,
    "--start",
    `n=$(cat ${count} 2>/dev/null || echo 0); echo $((n + 1)) > ${count}; if [ $n = 1 ]; then echo "cannot bind {endpoint}: Address already in use" >&2; exit 1; fi; ${reference}`,
    "--tags",
    "@MDP-4 and not @faults",
  ])
  assert.equal(run.code, 0, run.stderr)
  const notes = run.scenarios.flatMap(r => r.transcript).flatMap(e => e.frames)
  assert.ok(
    notes.some(f => /taken before it could bind/.test(f)),
    "the transcript says why the IUT was started twice",
  )
})

test("marque test - bad arguments exit 2 with a clear message", async () => {
  const noStart = await runSuite([...base])
  assert.equal(noStart.code, 2)
  assert.match(noStart.stderr, /give --start/)
  const badNumber = await runSuite([
    ...base,
    "--start",
    reference,
    "--liveness",
    "three",
  ])
  assert.equal(badNumber.code, 2)
  assert.match(badNumber.stderr, /"three" is not a whole number/)
  // A typo in an endpoint is the user's to fix, not every scenario failed.
  for (const [endpoint, why] of [
    ["notanendpoint", /not transport:\/\/address/],
    ["tcp://127.0.0.1", /tcp:\/\/host:port/],
    ["tpc://127.0.0.1:5555", /unknown transport "tpc"/],
  ] as const) {
    const run = await runSuite([...base, "--reference", "--endpoint", endpoint])
    assert.equal(run.code, 2, `--endpoint ${endpoint}: ${run.stdout}`)
    assert.match(run.stderr, why)
  }
  const noRole = await runSuite(["--protocol", "mdp/0.1", "--reference"])
  assert.equal(noRole.code, 2)
  assert.match(noRole.stderr, /--role are required/)
})

test("marque test - an unreadable or invalid profile exits 2 naming the problem", async () => {
  const bad = join(tmp, "bad.yaml")
  writeFileSync(bad, "heartbeat-ms: fast\nflavour: mint\n")
  const run = await runSuite([...base, "--start", reference, "--profile", bad])
  assert.equal(run.code, 2)
  assert.match(run.stderr, /profile .*bad\.yaml/)
  assert.match(run.stderr, /flavour/)
  const missing = await runSuite([
    ...base,
    "--start",
    reference,
    "--profile",
    join(tmp, "none.yaml"),
  ])
  assert.equal(missing.code, 2)
  assert.match(missing.stderr, /none\.yaml/)
})

test("marque test - one requirement runs alone by its tag, and --expect judges against a baseline", async () => {
  const broken = `exec "${node}" "${marque}" broker --bind {endpoint} --heartbeat-ms 150 --log-level silent --fault no-heartbeat`
  const run = await runSuite([...base, "--start", broken, "--tags", "@MDP-43"])
  assert.equal(run.code, 1, run.stdout)
  assert.equal(run.verdicts["MDP-43"], "fail")
  const detail = run.results.find(r => r.id === "MDP-43")!.detail
  assert.match(detail, /Expected: HEARTBEAT/)
  assert.match(detail, /Actual: /)

  const baseline = join(tmp, "baseline.json")
  writeFileSync(
    baseline,
    JSON.stringify([{ id: "MDP-43", reason: "fault switch no-heartbeat" }]),
  )
  const expected = await runSuite([
    ...base,
    "--start",
    broken,
    "--tags",
    "@MDP-43",
    "--expect",
    baseline,
  ])
  assert.equal(expected.code, 0, expected.stdout)

  const stale = await runSuite([
    ...base,
    "--start",
    reference,
    "--tags",
    "@MDP-43",
    "--expect",
    baseline,
  ])
  assert.equal(stale.code, 1, "a baseline entry that now passes is stale")
  assert.match(stale.stdout, /stale baseline/)
})

test("marque test - options and endpoints belong to a protocol role; others exit 2 naming what it has", async () => {
  const otherRole = await runSuite([
    ...base,
    "--reference",
    "--client-retries",
    "3",
  ])
  assert.equal(otherRole.code, 2)
  assert.match(
    otherRole.stderr,
    /--client-retries is not an option of mdp\/0.1 broker \(its options: .*--heartbeat-ms/,
  )
  const unknown = await runSuite([
    "--protocol",
    "smoke-signals",
    "--role",
    "x",
    "--reference",
  ])
  assert.equal(unknown.code, 2)
  assert.match(
    unknown.stderr,
    /unknown protocol "smoke-signals" \(have: .*mdp\/0.1/,
  )
  const noRole = await runSuite([
    "--protocol",
    "mdp/0.1",
    "--role",
    "janitor",
    "--reference",
  ])
  assert.equal(noRole.code, 2)
  assert.match(
    noRole.stderr,
    /has no role "janitor" \(roles: broker, worker, client\)/,
  )
  const faultAlone = await runSuite([
    ...base,
    "--start",
    reference,
    "--fault",
    "no-heartbeat",
  ])
  assert.equal(faultAlone.code, 2)
  assert.match(faultAlone.stderr, /add --reference/)
  const badFault = await runSuite([
    ...base,
    "--reference",
    "--fault",
    "be-nice",
  ])
  assert.equal(badFault.code, 2)
  assert.match(
    badFault.stderr,
    /no fault switch "be-nice" \(have: .*no-heartbeat/,
  )
})

test("marque protocols --pairs lists every registered protocol and role, for CI scripts", async () => {
  const out = await new Promise<string>((done, fail) =>
    execFile(node, [marque, "protocols", "--pairs"], (err, stdout) =>
      err ? fail(err) : done(stdout),
    ),
  )
  for (const pair of ["mdp/0.1 broker", "mdp/0.1 worker", "mdp/0.2 client"])
    assert.ok(out.split("\n").includes(pair), `${pair} in:\n${out}`)
})
