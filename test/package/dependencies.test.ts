import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { builtinModules } from "node:module"
import { join } from "node:path"
import { describe, it } from "node:test"
import { root, run } from "./pack"

// Issue 12: the package's runtime dependencies are exactly the packages its
// shipped code imports, no more (an install pulls nothing unused) and no
// less (nothing works only because a devDependency happens to be there).

/** The package a module specifier names: "ajv/dist/2020" -> "ajv". */
const packageOf = (spec: string) =>
  spec
    .split("/")
    .slice(0, spec.startsWith("@") ? 2 : 1)
    .join("/")

/** Bare packages required by the compiled code the tarball ships (comments skipped). */
function shippedImports(): Map<string, string> {
  const listing = run(
    "npm",
    ["pack", "--dry-run", "--json", "--ignore-scripts"],
    root,
    60_000,
  )
  const files = (
    JSON.parse(listing) as Array<{ files: Array<{ path: string }> }>
  )[0].files
    .map(f => f.path)
    .filter(p => p.endsWith(".js"))
  const found = new Map<string, string>()
  for (const file of files) {
    const code = readFileSync(join(root, file), "utf8")
      .split("\n")
      .filter(line => !/^\s*(\/\/|\/?\*)/.test(line))
      .join("\n")
    for (const [, spec] of code.matchAll(/require\("([^"]+)"\)/g)) {
      if (
        spec.startsWith(".") ||
        spec.startsWith("node:") ||
        builtinModules.includes(spec)
      )
        continue
      found.set(packageOf(spec), file)
    }
  }
  return found
}

describe("package dependencies", () => {
  it("should declare exactly the packages the shipped code requires", () => {
    const pkg = JSON.parse(
      readFileSync(join(root, "package.json"), "utf8"),
    ) as {
      dependencies: Record<string, string>
    }
    const imported = shippedImports()
    assert.ok(
      imported.size > 0,
      "found no require() in the packed files (is dist/ built?)",
    )
    assert.deepEqual(
      [...imported.keys()].sort(),
      Object.keys(pkg.dependencies).sort(),
      `imported by: ${JSON.stringify(Object.fromEntries(imported))}`,
    )
  })
})
