import assert from "node:assert/strict"
import { describe, it } from "node:test"
import type { Envelope } from "@cucumber/messages"
import {
  ScenarioCollector,
  type ScenarioResult,
} from "../../src/harness/collect"
import { Progress } from "../../src/report/progress"

function sink(isTTY: boolean) {
  const writes: string[] = []
  return { writes, isTTY, columns: 80, write: (t: string) => writes.push(t) }
}

const result = (name: string, status = "PASSED"): ScenarioResult => ({
  name,
  uri: "f.feature",
  tags: [],
  requirements: [],
  status,
  durationMs: 12,
  transcript: [],
})

describe("live progress", () => {
  it("on a terminal: a status line with count, requirements and scenario, redrawn in place", () => {
    const s = sink(true)
    const p = new Progress(s, undefined, {})
    p.plan(40)
    p.start("REQUEST -> worker REQUEST", ["MDP-17", "MDP-4", "MDP-7", "MDP-21"])
    assert.match(
      s.writes.at(-1)!,
      // eslint-disable-next-line no-control-regex -- the terminal's erase-line sequence
      /^\r\x1b\[2K {2}\[ 0\/40\] \d+ s {2}MDP-17 MDP-4 MDP-7 … {2}REQUEST -> worker REQUEST$/,
    )
    p.finish(result("REQUEST -> worker REQUEST"))
    assert.ok(
      s.writes.includes("  [ 1/40] ok   REQUEST -> worker REQUEST (12 ms)\n"),
    )
    p.end()
    assert.equal(
      s.writes.at(-1),
      "\r\x1b[2K",
      "the status line is cleared at the end",
    )
  })

  it("under CI or into a file: plain lines only, no escape codes", () => {
    for (const [tty, env] of [
      [true, { CI: "true" }],
      [false, {}],
    ] as const) {
      const s = sink(tty)
      const p = new Progress(s, 2, env)
      p.start("a", ["X-1"])
      p.finish({
        ...result("a", "FAILED"),
        verdict: {
          observations: [],
          failure: { rule: "X-1", expected: "", actual: "", detail: "" },
        },
      })
      p.end()
      assert.deepEqual(s.writes, ["  [1/2] FAIL a (12 ms)  <- X-1\n"])
    }
  })

  it("the status line fits the terminal", () => {
    const s = { ...sink(true), columns: 30 }
    const p = new Progress(s, 5, {})
    p.start("a very long scenario name that goes on and on", ["A-1"])
    assert.equal(p.statusLine().length, 29)
  })
})

describe("the collector tells the watcher which scenario starts", () => {
  it("with the requirement IDs of its tags", () => {
    const started: [string, readonly string[]][] = []
    const c = new ScenarioCollector(undefined, {
      plan: () => {},
      start: (name, reqs) => started.push([name, reqs]),
    })
    const messages = [
      {
        pickle: {
          id: "p1",
          name: "READY gets no response",
          uri: "f",
          tags: [{ name: "@MDP-28" }, { name: "@must" }, { name: "@MDP-16" }],
        },
      },
      { testCase: { id: "c1", pickleId: "p1" } },
      { testCaseStarted: { id: "s1", testCaseId: "c1" } },
    ] as unknown as Envelope[]
    messages.forEach(c.onMessage)
    assert.deepEqual(started, [
      ["READY gets no response", ["MDP-28", "MDP-16"]],
    ])
  })
})
