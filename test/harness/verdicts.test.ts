import assert from "node:assert/strict"
import { describe, it } from "node:test"
import type { Requirement } from "../../src/codec"
import type { ScenarioResult } from "../../src/harness/collect"
import type { ScenarioVerdict } from "../../src/harness/verdict"
import { judge, type RequirementResult } from "../../src/harness/verdicts"

const req = (id: string, level: Requirement["level"]): Requirement => ({
  id,
  level,
  roles: ["broker"],
  source: "keyword",
  statement: `statement of ${id}`,
})

const catalog = [
  req("MDP-16", "must"),
  req("MDP-21", "must"),
  req("MDP-31", "must"),
  req("MDP-2", "should"),
]

function scenario(
  name: string,
  requirements: string[],
  status: string,
  verdict?: ScenarioVerdict,
): ScenarioResult {
  return {
    name,
    uri: "features/mdp-0.1/broker/x.feature",
    tags: requirements.map(r => `@${r}`),
    requirements,
    status,
    durationMs: 5,
    verdict,
    transcript: [
      { t: 0, dir: "send", peer: `worker for ${name}`, frames: ['""'] },
    ],
  }
}

const failure = (rule: string) => ({
  rule,
  expected: `what ${rule} wants`,
  actual: `what the IUT did`,
  detail: "",
})

/** Judges against the catalog and returns the one result for `id`. */
function verdictOf(
  id: string,
  scenarios: ScenarioResult[],
  notCovered: Record<string, string> = {},
  unselected: string[] = [],
): RequirementResult {
  const results = judge(catalog, scenarios, notCovered, new Set(unselected))
  assert.deepEqual(
    results.map(r => r.id),
    catalog.map(r => r.id),
    "one result per requirement, in catalog order",
  )
  return results.find(r => r.id === id)!
}

describe("judge", () => {
  it("a broken SHOULD - should be non-strict, but fail when the scenario checks a behaviour the IUT claims", () => {
    const plain = scenario("retry", ["MDP-2"], "FAILED", {
      observations: [],
      failure: failure("MDP-2"),
    })
    assert.equal(verdictOf("MDP-2", [plain]).verdict, "non-strict")
    const claimed = { ...plain, tags: ["@MDP-2", "@claims-retry"] }
    const r = verdictOf("MDP-2", [claimed])
    assert.equal(r.verdict, "fail")
    assert.match(r.detail, /claims this \(retry\)/)
    const skipped = { ...claimed, status: "SKIPPED", verdict: undefined }
    assert.equal(verdictOf("MDP-2", [skipped]).verdict, "skip")
  })

  it("a passed scenario - should pass the requirements it is tagged with", () => {
    const s = scenario("READY registers", ["MDP-16", "MDP-21"], "PASSED")
    for (const id of ["MDP-16", "MDP-21"]) {
      const r = verdictOf(id, [s])
      assert.equal(r.verdict, "pass")
      assert.deepEqual(r.scenarios, ["READY registers"])
      assert.deepEqual(r.transcript, s.transcript)
    }
    assert.equal(verdictOf("MDP-31", [s]).verdict, "skip")
  })

  it("a failed scenario - should fail the rule that broke and leave its other tags inconclusive", () => {
    const s = scenario("READY -> HEARTBEAT", ["MDP-16", "MDP-31"], "FAILED", {
      observations: [],
      failure: failure("MDP-31"),
    })
    const failed = verdictOf("MDP-31", [s])
    assert.equal(failed.verdict, "fail")
    assert.match(failed.detail, /^-> MDP-31 \(MUST\): statement of MDP-31/)
    assert.match(
      failed.detail,
      /Expected: what MDP-31 wants\nActual: what the IUT did/,
    )
    const other = verdictOf("MDP-16", [s])
    assert.equal(other.verdict, "skip")
    assert.match(
      other.detail,
      /^inconclusive: "READY -> HEARTBEAT" stopped on MDP-31 first/,
    )
  })

  it("a pass beside an inconclusive scenario - should say the pass rests on fewer scenarios", () => {
    const passed = scenario("READY registers", ["MDP-16", "MDP-21"], "PASSED")
    const stopped = scenario(
      "READY -> HEARTBEAT",
      ["MDP-16", "MDP-31"],
      "FAILED",
      {
        observations: [],
        failure: failure("MDP-31"),
      },
    )
    const r = verdictOf("MDP-16", [passed, stopped])
    assert.equal(r.verdict, "pass")
    assert.match(
      r.detail,
      /^1 other scenario\(s\) did not conclude: inconclusive: "READY -> HEARTBEAT" stopped on MDP-31 first/,
    )
    assert.equal(
      verdictOf("MDP-21", [passed]).detail,
      "",
      "a plain pass has no detail",
    )
  })

  it("a failed scenario - should fail an untagged requirement its failure names", () => {
    const s = scenario("REQUEST routed", ["MDP-16"], "FAILED", {
      observations: [],
      failure: failure("MDP-21"),
    })
    assert.equal(verdictOf("MDP-21", [s]).verdict, "fail")
  })

  it("a failure on a SHOULD requirement - should be non-strict, not fail", () => {
    const s = scenario("fair service", ["MDP-2"], "FAILED", {
      observations: [],
      failure: failure("MDP-2"),
    })
    const r = verdictOf("MDP-2", [s])
    assert.equal(r.verdict, "non-strict")
    assert.match(r.detail, /^-> MDP-2 \(SHOULD\)/)
  })

  it('rule "*" - should blame every requirement the scenario is tagged with', () => {
    const s = scenario("IUT crashed", ["MDP-16", "MDP-21"], "FAILED", {
      observations: [],
      failure: failure("*"),
    })
    assert.equal(verdictOf("MDP-16", [s]).verdict, "fail")
    assert.equal(verdictOf("MDP-21", [s]).verdict, "fail")
    assert.equal(verdictOf("MDP-31", [s]).verdict, "skip", "not tagged")
  })

  it("a failed scenario without a verdict - should blame every tag", () => {
    const s = scenario("undefined step", ["MDP-16"], "UNDEFINED")
    const r = verdictOf("MDP-16", [s])
    assert.equal(r.verdict, "fail")
    assert.match(r.detail, /Actual: scenario undefined/)
  })

  it("a skipped scenario - should skip its tags with its skipReason", () => {
    const s = scenario("mmi.service", ["MDP-16"], "SKIPPED", {
      observations: [],
      skipReason: "the IUT does not claim 8/MMI",
    })
    const r = verdictOf("MDP-16", [s])
    assert.equal(r.verdict, "skip")
    assert.equal(r.detail, "the IUT does not claim 8/MMI")
  })

  it("a non-strict observation - should grade a passed scenario's requirement non-strict", () => {
    const s = scenario("invalid message", ["MDP-16"], "PASSED", {
      observations: [
        {
          rule: "MDP-2",
          grade: "non-strict",
          detail: "disconnected the worker",
        },
      ],
    })
    const r = verdictOf("MDP-2", [s])
    assert.equal(r.verdict, "non-strict")
    assert.match(r.detail, /disconnected the worker/)
    assert.equal(verdictOf("MDP-16", [s]).verdict, "pass")
  })

  it("a pass observation - should pass an untagged requirement", () => {
    const s = scenario("heartbeats", ["MDP-16"], "PASSED", {
      observations: [
        { rule: "MDP-31", grade: "pass", detail: "HEARTBEAT after 90 ms" },
      ],
    })
    const r = verdictOf("MDP-31", [s])
    assert.equal(r.verdict, "pass")
    assert.equal(r.detail, "HEARTBEAT after 90 ms")
  })

  it("one failing scenario - should outweigh passing ones", () => {
    const ok = scenario("first", ["MDP-16"], "PASSED")
    const bad = scenario("second", ["MDP-16"], "FAILED", {
      observations: [],
      failure: failure("MDP-16"),
    })
    const r = verdictOf("MDP-16", [ok, bad])
    assert.equal(r.verdict, "fail")
    assert.deepEqual(r.scenarios, ["first", "second"])
    assert.deepEqual(
      r.transcript,
      bad.transcript,
      "the failing scenario's transcript",
    )
  })

  it("a not-covered requirement - should skip with the reason", () => {
    const r = verdictOf("MDP-31", [], { "MDP-31": "needs a second broker" })
    assert.equal(r.verdict, "skip")
    assert.equal(r.detail, "not covered: needs a second broker")
  })

  it("an unselected requirement - should skip as not selected by --tags", () => {
    const r = verdictOf("MDP-31", [], {}, ["MDP-31"])
    assert.equal(r.verdict, "skip")
    assert.equal(r.detail, "not selected by --tags")
  })

  it("a requirement no scenario checks - should skip and say so", () => {
    const r = verdictOf("MDP-31", [])
    assert.equal(r.verdict, "skip")
    assert.match(r.detail, /no scenario checks this requirement/)
    assert.equal(r.statement, "statement of MDP-31")
    assert.equal(r.level, "must")
  })
})

describe("a batch that acted on some cases and then crashed (issue 8)", () => {
  const robust: Requirement = {
    id: "MARQUE-ROBUST-1",
    level: "must",
    roles: ["broker"],
    source: "suite",
    statement: "keeps running after invalid input",
  }
  const drop = req("MDP-34", "should")
  const batch = scenario(
    "Every drop mutation is dropped",
    ["MARQUE-ROBUST-1", "MDP-34"],
    "FAILED",
    {
      observations: [
        { rule: "MDP-34", grade: "non-strict", detail: "acted on case 15" },
      ],
      failure: failure("MARQUE-ROBUST-1"),
    },
  )
  const [r, d] = judge([robust, drop], [batch], {}, new Set())

  it("grades what it observed before the failure: the SHOULD acted against is non-strict", () => {
    assert.equal(d.verdict, "non-strict")
    assert.match(d.detail, /acted on case 15/)
  })

  it("fails the suite's robustness rule and marks it suite-defined in results.json", () => {
    assert.equal(r.verdict, "fail")
    assert.equal(r.source, "suite")
    assert.equal(r.suiteDefined, true)
    assert.match(r.detail, /MUST, suite-defined/)
    assert.equal(d.source, "keyword")
    assert.equal(d.suiteDefined, undefined)
  })
})
