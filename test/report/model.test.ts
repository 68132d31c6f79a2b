import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { renderFrame } from "../../src/codec"
import type { TranscriptEntry } from "../../src/harness/transcript"
import type { RequirementResult, Verdict } from "../../src/harness/verdicts"
import { commonCause, unanswered } from "../../src/report/cause"
import { frameView } from "../../src/report/frames"
import { renderReport } from "../../src/report/html"
import { groupBySection, specSections } from "../../src/report/sections"
import { tally, tallyLine } from "../../src/report/tally"
import { timingOf } from "../../src/report/timing"

function req(
  id: string,
  level: RequirementResult["level"],
  verdict: Verdict,
  actual = "",
  transcript: TranscriptEntry[] = [],
): RequirementResult {
  return {
    id,
    level,
    statement: `statement of ${id}`,
    verdict,
    scenarios: [],
    detail: actual ? `-> ${id}\nExpected: something\nActual: ${actual}` : "",
    transcript,
  }
}

const send = (
  t: number,
  peer: string,
  ...frames: string[]
): TranscriptEntry => ({
  t,
  dir: "send",
  peer,
  frames,
})
const recv = (
  t: number,
  peer: string,
  ...frames: string[]
): TranscriptEntry => ({
  t,
  dir: "recv",
  peer,
  frames,
})

describe("frames are shown as text and hex, whichever way the transcript kept them", () => {
  it("reads back what renderFrame wrote, byte for byte", () => {
    const cases = [
      Buffer.from("MDPC01"),
      Buffer.from([0x01]),
      Buffer.alloc(0),
      Buffer.from('say "hi" \\ ok'),
      Buffer.from([0x00, 0x6b, 0x8b, 0x45, 0x67]),
    ]
    for (const b of cases) {
      const v = frameView(renderFrame(b))
      assert.equal(v.hex.replace(/ /g, ""), b.toString("hex"))
      assert.equal(v.size, b.length)
      assert.equal(v.cut, 0)
    }
    assert.equal(frameView(renderFrame(Buffer.from([0x01]))).text, "·")
  })

  it("says how many bytes a long frame lost in the transcript", () => {
    const v = frameView(renderFrame(Buffer.alloc(100, 0x41)))
    assert.equal(v.cut, 36)
    assert.equal(v.size, 100)
    assert.equal(v.text, "A".repeat(64))
  })

  it("leaves notes as they are", () => {
    assert.equal(frameView("starting IUT").text, "starting IUT")
  })
})

describe("the summary counts each level", () => {
  it("MUST and MUST NOT met of judged; SHOULD non-strict is judged, not met; MAY offered", () => {
    const t = tally([
      req("A-1", "must", "pass"),
      req("A-2", "must-not", "fail"),
      req("A-3", "must", "skip"),
      req("A-4", "should", "non-strict"),
      req("A-5", "should-not", "pass"),
      req("A-6", "may", "pass"),
      req("A-7", "may", "non-strict"),
    ])
    assert.deepEqual(t.must, { met: 1, judged: 2, open: 1 })
    assert.deepEqual(t.should, { met: 1, judged: 2, open: 0 })
    assert.deepEqual(t.may, { met: 1, judged: 2, open: 0 })
    assert.equal(
      tallyLine(t),
      "MUST 1/2 (1 not judged), SHOULD 1/2, MAY offered 1/2",
    )
  })
})

describe("one cause behind most failures leads the report", () => {
  const silence = (id: string, peer: string, ms: number) =>
    req(
      id,
      "must",
      "fail",
      `nothing of the kind reached ${peer} within ${ms} ms`,
      [send(3, peer, '""', '"MDPC02"', "0x01"), recv(9, "other", '""')],
    )

  it("groups timeouts of different peers and waits as one finding", () => {
    const c = commonCause([
      silence("M-1", "client c1", 1000),
      silence("M-2", "worker w1", 225),
      silence("M-3", "load client 12", 1000),
      req("M-4", "must", "fail", 'frame 1: expected "X", got "Y"'),
      req("M-5", "must", "pass"),
    ])
    assert.ok(c)
    assert.deepEqual(c.ids, ["M-1", "M-2", "M-3"])
    assert.equal(c.of, 4)
    assert.equal(c.cause, "nothing of the kind reached ‹peer› within N ms")
    assert.equal(c.unanswered[0].frames[1], '"MDPC02"')
    assert.equal(c.silent, false, "'other' received a frame")
  })

  it("says nothing when no cause covers half of the failures", () => {
    assert.equal(
      commonCause([
        silence("M-1", "client c1", 1000),
        silence("M-2", "client c1", 1000),
        silence("M-3", "client c1", 1000),
        req("M-4", "must", "fail", "a"),
        req("M-5", "must", "fail", "b"),
        req("M-6", "must", "fail", "c"),
        req("M-7", "must", "fail", "d"),
      ]),
      undefined,
    )
    assert.equal(commonCause([silence("M-1", "c", 1)]), undefined)
  })

  it("lists what went unanswered once, however often it was repeated", () => {
    const hb = ['""', '"MDPW01"', "0x04"]
    const u = unanswered([
      send(0, "w1", ...hb),
      recv(5, "w1", ...hb),
      send(10, "w1", ...hb),
      send(20, "w1", ...hb),
      send(30, "c1", '"req"'),
    ])
    assert.deepEqual(
      u.map(e => [e.t, e.peer]),
      [
        [10, "w1 (and 1 more like it)"],
        [30, "c1"],
      ],
    )
  })
})

describe("expected against seen timing", () => {
  it("a timeout: the wait, and when the peer last spoke", () => {
    const r = req(
      "M-1",
      "must",
      "fail",
      "nothing of the kind reached worker w1 within 225 ms",
      [send(40, "worker w1", '"x"'), send(90, "worker w1", '"y"')],
    )
    assert.deepEqual(timingOf(r), {
      expected: "within 225 ms",
      seen: "nothing in 225 ms; worker w1 last sent at t=90 ms",
    })
  })

  it("an unwanted message: when it came, after the peer's last send", () => {
    const r = req("M-2", "must", "fail", "worker w1 received HEARTBEAT: …", [
      send(10, "worker w1", '"r"'),
      recv(70, "worker w1", '"h"'),
    ])
    assert.equal(
      timingOf(r).seen,
      "at t=70 ms, 60 ms after worker w1 last sent (t=10 ms)",
    )
  })
})

describe("requirements are grouped by the spec's sections", () => {
  it("7/MDP sections come from specs/mdp-0.1.yaml, MMI's from mmi.yaml", () => {
    const titles = specSections("mdp/0.1").map(s => s.title)
    assert.ok(titles.includes("7/MDP: Heartbeating"), titles.join(", "))
    assert.ok(
      titles.some(t => t.startsWith("8/MMI: ")),
      titles.join(", "),
    )
  })

  it("every requirement of the catalog lands in exactly one section", () => {
    for (const p of ["mdp/0.1", "mdp/0.2"]) {
      const s = specSections(p)
      const ids = s.flatMap(x => x.ids)
      assert.equal(new Set(ids).size, ids.length, `${p}: an ID twice`)
    }
  })

  it("IDs no section names are grouped by prefix, never dropped", () => {
    const g = groupBySection(
      [{ id: "A-1" }, { id: "B-1" }, { id: "A-2" }],
      [{ title: "one", ids: ["A-2"] }],
    )
    assert.deepEqual(
      g.map(x => [x.title, x.items.map(i => i.id)]),
      [
        ["one", ["A-2"]],
        ["A: other", ["A-1"]],
        ["B: other", ["B-1"]],
      ],
    )
  })
})

describe("the page", () => {
  it("escapes whatever the IUT sent", () => {
    const html = renderReport([
      {
        protocol: "mdp/0.1",
        role: "broker",
        requirements: [
          req("MDP-7", "must", "fail", "<script>alert(1)</script>", [
            recv(1, "client <b>", '"<img src=x>"'),
          ]),
        ],
      },
    ])
    assert.ok(!html.includes("<script>alert"))
    assert.ok(!html.includes("<img src=x>"))
    assert.ok(html.includes("&lt;img src=x&gt;"))
  })
})
