import assert from "node:assert/strict"
import { describe, it } from "node:test"
import {
  killChecks,
  killMatrix,
  runKillCheck,
} from "../../src/report/selfcheck"
import { cli } from "./helpers"

describe("marque selfcheck: every fault switch caught under the IDs it lists", () => {
  it("finds the checks of the registry, narrowed by protocol, role and fault", () => {
    const all = killChecks()
    assert.ok(all.some(c => c.protocol === "mdp/0.2"))
    const one = killChecks({
      protocol: "mdp/0.1",
      role: "broker",
      fault: "no-heartbeat",
    })
    assert.ok(one.length >= 1)
    assert.ok(
      one.every(
        c => c.fault === "no-heartbeat" && c.expected.includes("MDP-43"),
      ),
    )
  })

  it("a fault caught as listed is ok; listed under another ID it is wrong both ways", async () => {
    const check = {
      protocol: "mdp/0.1",
      role: "broker",
      fault: "no-heartbeat",
      tags: "@MDP-43 and not @faults and not @malformed",
    }
    const [right, wrong] = await Promise.all([
      runKillCheck({ ...check, expected: ["MDP-43"] }),
      runKillCheck({ ...check, expected: ["MDP-44"] }),
    ])
    assert.equal(right.ok, true, JSON.stringify(right))
    assert.deepEqual(right.caught, ["MDP-43"])
    assert.equal(wrong.ok, false)
    assert.deepEqual([wrong.missed, wrong.extra], [["MDP-44"], ["MDP-43"]])
    const text = killMatrix([right, wrong])
    assert.match(
      text,
      /^ok +mdp\/0.1 broker {2}no-heartbeat \[.*\] {2}MDP-43 +MDP-43$/m,
    )
    assert.match(
      text,
      /^WRONG.*MDP-44 +MDP-43; missed MDP-44; not listed MDP-43$/m,
    )
  })

  it("a filter that matches nothing is a usage error", async () => {
    const r = await cli(["selfcheck", "--fault", "no-such-fault"])
    assert.equal(r.code, 2)
    assert.match(r.stderr, /no fault switch matches/)
  })
})
