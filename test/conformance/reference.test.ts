import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { NetLab } from "../../src/harness/netns"
import { explain, runSuite, withVerdict } from "./run-suite"

/**
 * The README's main job and its siblings: every role's suite against
 * marque's own implementation of that role. Every requirement the suite
 * covers is met; the rest are skipped only for a stated "not covered" reason.
 */
const roles: Array<[protocol: string, role: string, minimumJudged: number]> = [
  ["mdp/0.1", "broker", 30],
  ["mdp/0.1", "worker", 15],
  ["mdp/0.1", "client", 5],
  ["mdp/0.2", "broker", 30],
  ["mdp/0.2", "worker", 15],
  ["mdp/0.2", "client", 5],
]

describe(
  "reference implementations meet every requirement their suite covers",
  { concurrency: 3 },
  () => {
    for (const [protocol, role, minimum] of roles) {
      test(`${protocol} ${role} --reference`, async () => {
        const run = await runSuite([
          "--protocol",
          protocol,
          "--role",
          role,
          "--reference",
        ])
        assert.equal(run.code, 0, explain(run))
        assert.deepEqual(
          withVerdict(run, "fail", "non-strict"),
          [],
          explain(run),
        )
        for (const r of run.results.filter(r => r.verdict === "skip")) {
          assert.match(
            r.detail,
            /^not covered: /,
            `${r.id} skipped: ${r.detail}`,
          )
        }
        assert.ok(
          withVerdict(run, "pass").length >= minimum,
          `at least ${minimum} requirements judged`,
        )
        assert.match(
          run.stdout,
          /requirement\s+level\s+verdict/,
          "prints the per-requirement table",
        )
        // Partitions (broker and worker) run wherever namespaces can be made, and say why not elsewhere.
        const noNetns = await NetLab.unavailable()
        if (noNetns && role !== "client")
          assert.match(
            run.stdout,
            /scenarios skipped: \d+, because network namespaces/,
            explain(run),
          )
        else
          assert.doesNotMatch(
            run.stdout,
            /scenarios skipped: .*namespace/,
            explain(run),
          )
      })
    }
  },
)
