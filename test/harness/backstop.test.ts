import assert from "node:assert/strict"
import { describe, test } from "node:test"
import {
  backstopMs,
  StepTimeout,
  withinBackstop,
} from "../../src/harness/backstop"
import type { SuiteConfig } from "../../src/harness/config"

const config = (heartbeatMs: number, liveness: number): SuiteConfig => ({
  protocol: "mdp/0.1",
  role: "broker",
  endpoints: {},
  startTimeoutMs: 10_000,
  options: {},
  timing: { heartbeatMs, liveness },
  claims: { mmi: null },
})

describe("the step backstop", () => {
  test("a step that finishes in time keeps its value", async () => {
    assert.equal(await withinBackstop(Promise.resolve(42), 1000), 42)
    assert.equal(await withinBackstop("sync", 1000), "sync")
  })

  test("a step that never finishes fails with StepTimeout, saying what to suspect", async () => {
    const started = performance.now()
    await assert.rejects(
      withinBackstop(new Promise(() => {}), 50),
      (err: unknown) => {
        assert.ok(err instanceof StepTimeout)
        assert.match(
          err.message,
          /did not finish within 50 ms.*the IUT stopped responding/,
        )
        return true
      },
    )
    assert.ok(performance.now() - started < 1000)
  })

  test("a step's own failure passes through unchanged", async () => {
    await assert.rejects(
      withinBackstop(Promise.reject(new Error("expected HEARTBEAT")), 1000),
      /expected HEARTBEAT/,
    )
  })

  test("scales with the declared timings, so a slow IUT is never cut short", () => {
    const fast = backstopMs(config(150, 3))
    const slow = backstopMs(config(2500, 5))
    assert.ok(fast >= 20_000, `fast IUT: ${fast} ms`)
    // A slow IUT's longest step waits out several expiry windows of (5 + 1.5) x 2.5 s.
    assert.ok(slow > 4 * 6.5 * 2500 * 2, `slow IUT: ${slow} ms`)
  })
})
