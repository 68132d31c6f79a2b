import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { NetLab } from "../../src/harness/netns"
import { protocolNamed, protocolRoles } from "../../src/protocols/registry"
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { explain, root, runSuite, withVerdict } from "./run-suite"

/**
 * The README's main job and its siblings: every role's suite against
 * marque's own implementation of that role. Every requirement the suite
 * covers is met; the rest are skipped only for a stated "not covered" reason.
 */
/** Whether the role's features have partition (@netns) scenarios. */
function hasNetnsScenarios(protocol: string, role: string): boolean {
  const dir = join(root, "features", protocolNamed(protocol).dir, role)
  return (readdirSync(dir, { recursive: true }) as string[]).some(
    f =>
      f.endsWith(".feature") &&
      readFileSync(join(dir, f), "utf8").includes("@netns"),
  )
}

const roles = protocolRoles()
  .filter(({ protocol, role }) => role in protocol.module.reference)
  .map(({ protocol, role }) => [protocol.name, role] as const)

describe(
  "reference implementations meet every requirement their suite covers",
  { concurrency: 3 },
  () => {
    for (const [protocol, role] of roles) {
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
          // SEC-n are judged only over CURVE (test/conformance/curve.test.ts).
          assert.match(
            r.detail,
            /^not covered: |^the IUT is not judged over CURVE/,
            `${r.id} skipped: ${r.detail}`,
          )
        }
        assert.ok(
          withVerdict(run, "pass").length > 0,
          "at least one requirement judged",
        )
        assert.match(
          run.stdout,
          /requirement\s+level\s+verdict/,
          "prints the per-requirement table",
        )
        // Partitions run wherever namespaces can be made, and say why not elsewhere.
        const noNetns = await NetLab.unavailable()
        if (noNetns && hasNetnsScenarios(protocol, role))
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
