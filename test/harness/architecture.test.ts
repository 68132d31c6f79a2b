import assert from "node:assert/strict"
import { readdirSync, readFileSync } from "node:fs"
import { join, relative, resolve } from "node:path"
import { test } from "node:test"

// The rules of docs/protocol-modules.md, checked on the sources.
const root = resolve(__dirname, "../../..")

function sources(dir: string): string[] {
  const abs = join(root, dir)
  let names: string[]
  try {
    names = readdirSync(abs, { recursive: true }) as string[]
  } catch {
    return []
  }
  return names.filter(f => f.endsWith(".ts")).map(f => join(abs, f))
}

/** Relative imports of a file, resolved to repository paths. */
function imports(file: string): string[] {
  const text = readFileSync(file, "utf8")
  return [
    ...text.matchAll(/(?:from|require\()\s*["'](\.{1,2}\/[^"']+)["']/g),
  ].map(m => relative(root, resolve(file, "..", m[1])))
}

test("the judge never imports reference peers (suite drivers, steps and the harness)", () => {
  const judge = [
    "src/harness",
    ...readdirSync(join(root, "src/protocols"), { withFileTypes: true })
      .filter(d => d.isDirectory())
      .flatMap(d => [
        `src/protocols/${d.name}/suite`,
        `src/protocols/${d.name}/steps`,
      ]),
  ]
  const bad = judge.flatMap(sources).flatMap(f =>
    imports(f)
      .filter(i => /^src\/protocols\/[^/]+\/peers(\/|$)/.test(i))
      .map(i => `${relative(root, f)} imports ${i}`),
  )
  assert.deepEqual(bad, [])
})

test("shared code knows protocols only through the registry", () => {
  const shared = [
    "src/harness",
    "src/cli",
    "src/core",
    "src/codec",
    "src/codegen",
  ]
  const bad = shared.flatMap(sources).flatMap(f =>
    imports(f)
      .filter(
        i => /^src\/protocols\//.test(i) && i !== "src/protocols/registry",
      )
      .map(i => `${relative(root, f)} imports ${i}`),
  )
  assert.deepEqual(bad, [])
})
