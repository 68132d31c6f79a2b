import assert from "node:assert/strict"
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from "node:fs"
import { tmpdir } from "node:os"
import { join, relative, resolve } from "node:path"
import { after, describe, it } from "node:test"
import { generate } from "../../src/codegen/generate"

// dist/test/codegen -> the package root, where specs/ and schemas/ live.
const root = resolve(__dirname, "../../..")
const checkedIn = join(root, "src", "generated")
const scratch: string[] = []

/** Generated trees checked in beside their inputs, as `npm run generate` writes them. */
const sets = [
  { specs: "specs", schemas: "schemas", out: "src/generated" },
  {
    specs: "test/codec/fixtures/specs",
    schemas: "test/codec/fixtures/schemas",
    out: "test/codec/generated",
    runtime: "../../../../src/codec",
  },
]

after(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true })
})

/** Runs the generator into a fresh temp dir; returns file -> bytes. */
async function generateFresh(
  set: (typeof sets)[number] = sets[0],
): Promise<Map<string, Buffer>> {
  const outDir = mkdtempSync(join(tmpdir(), "marque-drift-"))
  scratch.push(outDir)
  await generate({
    specsDir: join(root, set.specs),
    schemasDir: join(root, set.schemas),
    outDir,
    runtime: set.runtime,
  })
  return readTree(outDir)
}

function readTree(dir: string, files = new Map<string, Buffer>(), base = dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name)
    if (e.isDirectory()) readTree(path, files, base)
    else if (e.isFile())
      files.set(relative(base, path).split("\\").join("/"), readFileSync(path))
  }
  return files
}

describe("generated code drift", () => {
  it("should find specs/ and schemas/ at the package root", () => {
    assert.ok(existsSync(join(root, "specs")), `no specs/ in ${root}`)
    assert.ok(existsSync(join(root, "schemas")), `no schemas/ in ${root}`)
    assert.ok(existsSync(checkedIn), `no src/generated/ in ${root}`)
  })

  for (const set of sets) {
    it(`${set.out} - should match the generator output byte for byte`, async () => {
      const fresh = await generateFresh(set)
      const committed = readTree(join(root, set.out))
      assert.ok(fresh.size > 0, "the generator wrote no files")
      assert.deepEqual(
        [...committed.keys()].sort(),
        [...fresh.keys()].sort(),
        `${set.out}/ holds other files than the generator writes: run npm run generate`,
      )
      for (const [file, bytes] of fresh) {
        assert.ok(
          committed.get(file)?.equals(bytes),
          `${set.out}/${file} differs from the schemas: run npm run generate`,
        )
      }
    })
  }

  it("generate - should be reproducible: two runs give identical files", async () => {
    const first = await generateFresh()
    const second = await generateFresh()
    assert.deepEqual([...second.keys()].sort(), [...first.keys()].sort())
    for (const [file, bytes] of first) {
      assert.ok(second.get(file)?.equals(bytes), `${file} differs between runs`)
    }
  })
})
