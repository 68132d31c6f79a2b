import assert from "node:assert/strict"
import { test } from "node:test"
import { runSuite } from "./run-suite"

// A client IUT in a container or namespace reaches the suite's servers only
// at an address the user names: the Freelance suites bind their servers
// where --endpoints says, one port each, down servers included.
for (const [protocol, tags] of [
  ["flp", "@FLP-C3"],
  ["rfl", "@RFL-C15"],
])
  test(`${protocol} client suite binds its servers at the --endpoints template`, async () => {
    const run = await runSuite([
      ...["--protocol", protocol, "--role", "client", "--reference"],
      ...["--endpoints", "tcp://127.0.0.2:{port}", "--tags", tags],
    ])
    assert.equal(run.code, 0, run.stderr)
    const told = run.scenarios
      .flatMap(s => s.transcript)
      .flatMap(e => e.frames)
      .map(f => /^starting IUT (\{.*\})$/.exec(f)?.[1])
      .filter((json): json is string => json !== undefined)
      .map(json => (JSON.parse(json) as { endpoints: string }).endpoints)
    assert.ok(told.length > 0, "no IUT was started")
    for (const list of told) {
      const endpoints = list.split(",")
      assert.equal(endpoints.length, 3, list)
      for (const e of endpoints) assert.match(e, /^tcp:\/\/127\.0\.0\.2:\d+$/)
      assert.equal(new Set(endpoints).size, 3, `a port used twice: ${list}`)
    }
  })
