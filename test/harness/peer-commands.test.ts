import assert from "node:assert/strict"
import { spawnSync } from "node:child_process"
import { join, resolve } from "node:path"
import { test } from "node:test"
import { Command } from "commander"
import { peerCommands } from "../../src/protocols/registry"

const root = resolve(__dirname, "../../..")

// `marque <name>` loads only the module command of that name (a peer is
// started for every scenario), so each loader must add exactly its command.
test("each module's peer command loader adds exactly the command it is listed under", () => {
  const commands = peerCommands()
  assert.ok(
    commands.has("broker") && commands.has("ppp"),
    "found the modules' commands",
  )
  for (const [name, load] of commands) {
    const program = new Command()
    load()(program)
    assert.deepEqual(
      program.commands.map(c => c.name()),
      [name],
      `the loader listed as "${name}" adds other commands`,
    )
  }
})

test("marque --help lists the suite's commands and every peer command; an unknown command exits 2", () => {
  const marque = join(root, "bin/marque.js")
  const help = spawnSync(process.execPath, [marque, "--help"], {
    encoding: "utf8",
  })
  assert.equal(help.status, 0, help.stderr)
  for (const name of ["test", "selfcheck", ...peerCommands().keys()])
    assert.match(
      help.stdout,
      new RegExp(`^  ${name}\\b`, "m"),
      `--help lists ${name}`,
    )
  const unknown = spawnSync(process.execPath, [marque, "no-such-command"], {
    encoding: "utf8",
  })
  assert.equal(unknown.status, 2)
  assert.match(unknown.stderr, /unknown command 'no-such-command'/)
})
