import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { protocols } from "../../src/protocols/registry"
import { explain, runSuite, withVerdict } from "./run-suite"

/**
 * Every fault switch of every reference peer in the registry breaks exactly
 * the requirements it lists. The suite must notice each one, and blame
 * nothing else: a judge that misses a fault, or blames the wrong rule, gives
 * wrong verdicts on real implementations. `marque test --reference --fault`
 * is the same self-check a user can run.
 */
// One flat list, run four at a time: the checks mostly wait on the IUT's
// timers, and a list per role would leave cores idle at each role's tail.
const checks = protocols().flatMap(({ name: protocol, module }) =>
  Object.entries(module.faults(protocol)).flatMap(([role, faults]) =>
    Object.entries(faults).flatMap(([fault, info]) =>
      (info.checks ?? [{ blamed: info.violates }]).map(
        ({ tags, blamed, args }) => ({
          protocol,
          role,
          fault,
          tags,
          args,
          expected: [...new Set(blamed)].sort(),
        }),
      ),
    ),
  ),
)

describe(
  "every fault switch of every reference peer is caught with exactly its requirements",
  { concurrency: 4 },
  () => {
    for (const { protocol, role, fault, tags, args, expected } of checks)
      test(`${protocol} ${role} --fault ${fault}${tags ? ` [${tags}]` : ""} -> exactly ${expected.join(", ")} not met`, async () => {
        const run = await runSuite(
          [
            "--protocol",
            protocol,
            "--role",
            role,
            "--reference",
            "--fault",
            fault,
            ...(tags ? ["--tags", tags] : []),
            ...(args ?? []),
          ],
          undefined,
          { coverage: false },
        )
        assert.deepEqual(
          withVerdict(run, "fail", "non-strict"),
          expected,
          explain(run),
        )
        assert.equal(
          run.code,
          withVerdict(run, "fail").length > 0 ? 1 : 0,
          `exit code: ${explain(run)}`,
        )
      })
  },
)

test("every fault switch names requirements its protocol defines", () => {
  for (const { name, module } of protocols()) {
    const { requirements } = require(
      `../../src/generated/${name.replace("/", "-")}/spec`,
    ) as { requirements: { id: string }[] }
    const ids = new Set(requirements.map(r => r.id))
    for (const [role, faults] of Object.entries(module.faults(name)))
      for (const [fault, info] of Object.entries(faults))
        for (const id of [
          ...info.violates,
          ...(info.checks ?? []).flatMap(c => c.blamed),
        ])
          assert.ok(
            ids.has(id),
            `${name} ${role} --fault ${fault}: ${id} is not a ${name} requirement`,
          )
  }
})
