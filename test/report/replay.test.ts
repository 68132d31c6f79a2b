import assert from "node:assert/strict"
import { spawn, type ChildProcess } from "node:child_process"
import { after, before, describe, it } from "node:test"
import { findScenario } from "../../src/cli/replay"
import { freePort } from "../../src/harness/endpoints"
import { echoedFrames } from "../../src/report/replay"
import {
  brokerRun,
  brokerWith,
  cli,
  marque,
  node,
  results,
  type Ran,
} from "./helpers"

/** marque's broker on a known port, with or without a fault: the running IUT replay talks to. */
async function broker(
  fault?: string,
): Promise<{ child: ChildProcess; endpoint: string }> {
  const endpoint = `tcp://127.0.0.1:${await freePort()}`
  const args = [
    marque,
    "broker",
    "--bind",
    endpoint,
    "--heartbeat-ms",
    "150",
    "--liveness",
    "3",
    "--log-level",
    "silent",
  ]
  if (fault) args.push("--fault", fault)
  const child = spawn(node, args, { stdio: ["ignore", "pipe", "inherit"] })
  // It prints "bound <endpoint>" once it listens.
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(
      () => fail(new Error("broker did not bind in 10 s")),
      10_000,
    )
    child.stdout!.on("data", (d: Buffer) => {
      if (d.toString().includes("bound")) {
        clearTimeout(timer)
        done()
      }
    })
  })
  return { child, endpoint }
}

describe("marque replay: the recorded scenario, re-sent to a running IUT", () => {
  let run: Ran
  const started: ChildProcess[] = []
  before(async () => {
    run = await brokerRun(
      brokerWith("wrong-header"),
      "@MDP-39 and not @malformed and not @faults",
    )
  })
  after(() => started.forEach(c => c.kill()))

  it("reproduces the failure: the faulty broker answers the client with MDPC02 again", async () => {
    const b = await broker("wrong-header")
    started.push(b.child)
    const r = await cli([
      "replay",
      run.dir,
      "MDP-22",
      "--endpoint",
      b.endpoint,
      "--wait-ms",
      "500",
    ])
    assert.equal(r.code, 0, r.stderr)
    const [now, then] = r.stdout.split("recorded, the IUT sent")
    assert.match(r.stdout, /recorded verdict: MDP-22/)
    assert.match(
      now,
      /<- client c1: \[""\]\["MDPC02"\]\["echo"\]\["world"\]/,
      r.stdout,
    )
    assert.match(then, /<- client c1: \[""\]\["MDPC02"\]/)
    assert.doesNotMatch(r.stdout, /^note:/m, r.stdout)
  })

  it("routes the worker's REPLY with the client address the live broker made up", async () => {
    const b = await broker()
    started.push(b.child)
    const r = await cli([
      "replay",
      run.dir,
      "REQUEST -> worker REQUEST",
      "--endpoint",
      b.endpoint,
      "--wait-ms",
      "500",
    ])
    assert.equal(r.code, 0, r.stderr)
    const now = r.stdout.split("recorded, the IUT sent")[0]
    // Without substitution the REPLY names a dead address and never reaches c1.
    assert.match(
      now,
      /<- client c1: \[""\]\["MDPC01"\]\["echo"\]\["world"\]/,
      r.stdout,
    )
  })

  it("names the scenarios when the choice is not unique or unknown", () => {
    const res = results(run.dir)
    assert.throws(
      () => findScenario(res, "no such thing"),
      /no scenarios match "no such thing"; give one of:\n {2}\S/,
    )
    assert.equal(
      findScenario(res, "REQUEST -> worker REQUEST").name,
      "REQUEST -> worker REQUEST -> REPLY -> client REPLY",
    )
    assert.throws(
      () => findScenario({ ...res, scenarios: undefined }, "x"),
      /no per-scenario transcripts/,
    )
  })
})

describe("frames the IUT made up are the ones to learn anew", () => {
  it("an address first sent by the IUT and echoed by the suite; never the suite's own constants", () => {
    const e = echoedFrames([
      {
        t: 0,
        dir: "send",
        peer: "w",
        frames: ['""', '"MDPW01"', "0x01", '"echo"'],
      },
      {
        t: 1,
        dir: "recv",
        peer: "w",
        frames: ['""', '"MDPW01"', "0x02", '"C-1"', '""', '"hi"'],
      },
      {
        t: 2,
        dir: "send",
        peer: "w",
        frames: ['""', '"MDPW01"', "0x03", '"C-1"', '""', '"yo"'],
      },
    ])
    assert.deepEqual([...e], ['"C-1"'])
  })
})
