import assert from "node:assert/strict"
import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs"
import { join } from "node:path"
import { after, before, describe, it } from "node:test"
import { installInto, packTarball, root, run, tempDir } from "./pack"

// Issue 12, items 1-2: marque as another project gets it. One tarball and
// one install serve every test below (they are the slow part: about a
// minute together on two cores).

let scratch = ""
let project = ""

before(
  () => {
    scratch = tempDir("package")
    project = join(scratch, "project")
    mkdirSync(project)
    installInto(project, packTarball(scratch))
  },
  { timeout: 600_000 },
)

after(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true })
})

const marque = (args: string[], timeoutMs?: number) =>
  run("npx", ["--no-install", "marque", ...args], project, timeoutMs)

describe("the packed tarball in an empty project", () => {
  it("npx marque --help - should list the commands", () => {
    const help = marque(["--help"])
    for (const command of ["test", "codegen", "protocols"])
      assert.match(help, new RegExp(`^  ${command}\\b`, "m"), help)
  })

  it("npx marque test --reference - should pass a small tag set against the reference broker", () => {
    const out = marque([
      "test",
      "--protocol",
      "mdp/0.1",
      "--role",
      "broker",
      "--reference",
      "--tags",
      "@MDP-28 or @MDP-13",
    ])
    assert.match(out, /requirements: [1-9]\d* pass, 0 non-strict, 0 fail/, out)
    // Reports land under the caller's directory, not inside node_modules.
    assert.ok(readdirSync(join(project, "reports")).length > 0)
  })

  it("marque/codec - should load from the installed package with its type declarations", () => {
    const pkg = join(project, "node_modules", "marque")
    const codec = require(
      require.resolve("marque/codec", { paths: [project] }),
    ) as Record<string, unknown>
    assert.equal(typeof codec.decodeWith, "function")
    assert.ok(
      readFileSync(join(pkg, "dist/src/codec/index.d.ts"), "utf8").includes(
        "decode-error",
      ),
    )
  })
})

describe("marque codegen for another project", () => {
  it("should generate a codec that compiles under strict and round-trips its vectors", () => {
    const fixtures = join(root, "test", "package", "fixtures")
    cpSync(join(fixtures, "specs"), join(project, "specs"), { recursive: true })
    cpSync(join(fixtures, "schemas"), join(project, "schemas"), {
      recursive: true,
    })
    mkdirSync(join(project, "src"))
    cpSync(
      join(fixtures, "consumer", "main.ts.txt"),
      join(project, "src", "main.ts"),
    )
    marque([
      "codegen",
      "--specs",
      "specs",
      "--schemas",
      "schemas",
      "--out",
      "src/generated",
      "--runtime",
      "marque/codec",
    ])

    const generated = join(project, "src", "generated", "tally")
    for (const file of readdirSync(generated)) {
      const text = readFileSync(join(generated, file), "utf8")
      const imports = [...text.matchAll(/(?:from |require\()"([^"]+)"/g)].map(
        m => m[1],
      )
      const foreign = imports.filter(
        i => !i.startsWith("./") && i !== "marque/codec",
      )
      assert.deepEqual(foreign, [], `${file} imports ${foreign.join(", ")}`)
    }

    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          target: "ES2022",
          module: "node16",
          outDir: "dist",
          rootDir: "src",
          // validators.js is plain CommonJS: tsc copies it beside the compiled codec.
          allowJs: true,
          typeRoots: [join(root, "node_modules", "@types")],
          types: ["node"],
        },
        include: ["src"],
      }),
    )
    run(
      process.execPath,
      [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "."],
      project,
    )
    const out = run(process.execPath, [join("dist", "main.js")], project)
    assert.deepEqual(JSON.parse(out), { checked: 3, requirements: 5 })
  })
})
