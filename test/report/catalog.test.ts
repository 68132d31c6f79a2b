import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { test } from "node:test"
import { parse } from "yaml"
import { renderCatalog } from "../../src/report/catalog"
import { root } from "./helpers"

test("docs/requirements.md is the catalog specs/ renders (run `npm run docs` after editing a spec)", () => {
  const doc = readFileSync(join(root, "docs/requirements.md"), "utf8")
  assert.equal(doc, renderCatalog(join(root, "specs")))
})

test("every requirement of every spec appears in the catalog exactly once", () => {
  const md = renderCatalog(join(root, "specs"))
  const mdp = parse(readFileSync(join(root, "specs/mdp-0.1.yaml"), "utf8")) as {
    requirements: { id: string }[]
  }
  for (const { id } of mdp.requirements)
    assert.equal(md.split(`| ${id} |`).length, 2, `${id} in the catalog once`)
})
