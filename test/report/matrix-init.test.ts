import assert from "node:assert/strict"
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, it } from "node:test"
import { profileTarget, readProfile } from "../../src/harness/profile"
import type { Verdict } from "../../src/harness/verdicts"
import { protocolNamed, protocols } from "../../src/protocols/registry"
import { renderMatrix } from "../../src/report/matrix"
import { profileYaml } from "../../src/report/profile-writer"
import type { RunResults } from "../../src/report/results"
import { cli, root } from "./helpers"

const profiles = join(root, "profiles")
const tmp = () => mkdtempSync(join(tmpdir(), "marque-init-"))

function run(verdicts: Record<string, Verdict>, role = "broker"): RunResults {
  return {
    protocol: "mdp/0.1",
    role,
    requirements: Object.entries(verdicts).map(([id, verdict]) => ({
      id,
      level: "must",
      statement: `statement of ${id}`,
      verdict,
      scenarios: [],
      detail: "",
      transcript: [],
    })),
  }
}

describe("profiles/", () => {
  const files = readdirSync(profiles).filter(f => f.endsWith(".yaml"))

  it("every profile reads as a profile of the protocol role it names", () => {
    assert.ok(files.length >= 6)
    for (const f of files) {
      const { protocol, role } = profileTarget(join(profiles, f))
      assert.ok(protocol && role, `${f} names no protocol and role`)
      const p = readProfile(
        join(profiles, f),
        protocolNamed(protocol).module,
        role,
      )
      assert.ok(p.start, `${f} has no start command`)
    }
  })

  it("has the profile of every reference peer, as `marque init --reference --portable` writes it", () => {
    for (const { name: p, module } of protocols()) {
      for (const role of Object.keys(module.reference)) {
        const file = join(
          profiles,
          `${p.replace("/", "-")}-${role}-reference.yaml`,
        )
        assert.ok(
          existsSync(file),
          `${file} missing: run bash profiles/generate.sh`,
        )
        const want = profileYaml({
          protocol: p,
          role,
          reference: true,
          portable: true,
          values: {},
        })
        assert.equal(
          readFileSync(file, "utf8"),
          want,
          `${file} drifted: run bash profiles/generate.sh`,
        )
      }
    }
  })
})

describe("marque init writes a profile from flags", () => {
  it("the role's endpoints and options, read back by marque test's profile reader", async () => {
    const out = join(tmp(), "broker.yaml")
    const r = await cli([
      "init",
      "--protocol",
      "mdp/0.2",
      "--role",
      "broker",
      "--start",
      "exec my-broker {endpoint} {backend}",
      "--backend",
      "tcp://{host}:{port}",
      "--heartbeat-ms",
      "1000",
      "--no-mmi",
      "--out",
      out,
    ])
    assert.equal(r.code, 0, r.stderr)
    const p = readProfile(out, protocolNamed("mdp/0.2").module, "broker")
    assert.deepEqual(p.options, { "heartbeat-ms": 1000, mmi: false })
    assert.deepEqual(p.endpoints, { backend: "tcp://{host}:{port}" })
    assert.equal(p.start, "exec my-broker {endpoint} {backend}")
    assert.match(readFileSync(out, "utf8"), /# liveness: 3 {2}# heartbeats/)
    const again = await cli([
      "init",
      "--protocol",
      "mdp/0.2",
      "--role",
      "broker",
      "--out",
      out,
    ])
    assert.equal(again.code, 2)
    assert.match(again.stderr, /exists: pass --force/)
  })

  it("refuses what the role does not take, naming what it does", async () => {
    const r = await cli([
      "init",
      "--protocol",
      "mdp/0.1",
      "--role",
      "worker",
      "--start",
      "x",
      "--no-mmi",
    ])
    assert.equal(r.code, 2)
    assert.match(
      r.stderr,
      /--no-mmi is not an option of mdp\/0.1 worker \(it takes: --endpoint, --heartbeat-ms/,
    )
    const n = await cli([
      "init",
      "--protocol",
      "mdp/0.1",
      "--role",
      "broker",
      "--liveness",
      "three",
    ])
    assert.equal(n.code, 2)
    assert.match(n.stderr, /--liveness wants a whole number/)
    const w = await cli(["init", "--protocol", "mdp/0.1", "--role", "worker"])
    assert.match(w.stderr, /connects to the suite, which must start it/)
  })
})

describe("marque matrix: implementations side by side", () => {
  it("marks the requirements whose judged verdicts differ; not judged is no opinion", () => {
    const html = renderMatrix([
      {
        name: "a",
        run: run({ "MDP-4": "pass", "MDP-7": "pass", "MDP-16": "skip" }),
      },
      {
        name: "b",
        run: run({ "MDP-4": "fail", "MDP-7": "pass", "MDP-16": "pass" }),
      },
    ])
    assert.match(html, /id="disagreements" data-count="1"/)
    assert.match(html, /<tr class="disagree" data-id="MDP-4">/)
    assert.match(html, /<tr class="agree" data-id="MDP-16">/)
  })

  it("one matrix is one protocol role", () => {
    assert.throws(
      () =>
        renderMatrix([
          { name: "a", run: run({}) },
          { name: "b", run: run({}, "worker") },
        ]),
      /b is mdp\/0.1 worker, not mdp\/0.1 broker/,
    )
  })

  it("runs each profile and shows where the reference and the Python broker differ (MDP-49)", async () => {
    const out = tmp()
    const r = await cli([
      "matrix",
      join(profiles, "mdp-0.1-broker-reference.yaml"),
      join(profiles, "mdp-0.1-broker-python.yaml"),
      "--out",
      out,
      "--tags",
      "@MDP-49",
    ])
    assert.equal(r.code, 0, r.stderr)
    const html = readFileSync(join(out, "matrix.html"), "utf8")
    assert.match(html, /<tr class="disagree" data-id="MDP-49">/)
    assert.match(html, /id="disagreements" data-count="1"/)
    for (const name of ["mdp-0.1-broker-reference", "mdp-0.1-broker-python"]) {
      assert.ok(
        existsSync(join(out, name, "index.html")),
        `${name} has its own report`,
      )
      assert.ok(html.includes(`href="${name}/index.html#req-MDP-49"`))
    }
  })

  it("a profile that cannot run leaves its column out and exits 2", async () => {
    const out = tmp()
    const bad = join(out, "bad.yaml")
    writeFileSync(bad, "protocol: mdp/0.1\nrole: broker\nstart: exit 3\n")
    const good = join(out, "good")
    writeFileSync(
      join(out, "results.json"),
      JSON.stringify(run({ "MDP-4": "pass" })),
    )
    const r = await cli(["matrix", bad, out, "--out", good])
    assert.equal(r.code, 2, r.stderr)
    assert.match(r.stderr, /bad: no results/)
    assert.ok(existsSync(join(good, "matrix.html")))
  })
})
