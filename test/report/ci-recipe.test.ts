import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { test } from "node:test"
import { parse } from "yaml"
import { cli, root } from "./helpers"

interface Step {
  run?: string
  uses?: string
  with?: Record<string, string>
}

/**
 * The CI recipe in docs/ is copied into other projects' workflows: every
 * `npx marque` line in it must use a command and flags that exist.
 */
test("every marque command in docs/ci-github-actions.yml exists with the flags it uses", async () => {
  const wf = parse(
    readFileSync(join(root, "docs/ci-github-actions.yml"), "utf8"),
  ) as {
    jobs: Record<string, { steps: Step[] }>
  }
  const steps = Object.values(wf.jobs).flatMap(j => j.steps)
  const lines = steps
    .flatMap(s => (s.run ?? "").replace(/\\\n\s*/g, " ").split("\n"))
    .filter(l => /npx marque /.test(l))
  assert.ok(lines.length >= 2, "the recipe runs marque")
  for (const line of lines) {
    const [, sub, rest] = /npx marque (\S+)(.*)/.exec(line)!
    const help = await cli([sub, "--help"])
    assert.equal(help.code, 0, `marque ${sub} is a command`)
    for (const flag of rest.match(/--[a-z][a-z-]*/g) ?? [])
      assert.ok(help.stdout.includes(flag), `marque ${sub} takes ${flag}`)
  }
  const uploads = steps.filter(s =>
    s.uses?.startsWith("actions/upload-artifact"),
  )
  assert.ok(uploads.length, "the report is kept as an artifact")
  assert.ok(
    steps.some(s => JSON.stringify(s).includes("junit.xml")),
    "JUnit results are published",
  )
})
