import { existsSync, writeFileSync } from "node:fs"
import type { Command } from "commander"
import { UsageError } from "../errors"
import { profileYaml, parseValues } from "../report/profile-writer"
import { int } from "./options"

interface InitFlags {
  protocol: string
  role: string
  start?: string
  startTimeoutMs?: number
  reference?: boolean
  portable?: boolean
  out?: string
  force?: boolean
}

export function registerInit(program: Command): void {
  program
    .command("init")
    .description(
      "write a profile for an implementation under test from flags: the role's endpoints and options as `marque test` takes them (--heartbeat-ms 2500, --no-mmi, …); unset options are listed as comments",
    )
    .requiredOption(
      "--protocol <name>",
      "protocol (marque protocols lists them)",
    )
    .requiredOption("--role <role>", "role of the implementation under test")
    .option(
      "--start <command>",
      "shell command that starts the IUT, with its placeholders",
    )
    .option(
      "--start-timeout-ms <ms>",
      "how long the IUT may take to start",
      int,
    )
    .option("--reference", "profile of marque's own peer for the role")
    .option(
      "--portable",
      "with --reference: `node bin/marque.js`, run from the marque folder",
    )
    .option("--out <file>", "where to write it (default: print it)")
    .option("--force", "overwrite --out if it exists")
    .allowUnknownOption()
    .allowExcessArguments()
    .action((o: InitFlags, cmd: Command) => {
      const text = profileYaml({
        ...o,
        values: parseValues(o.protocol, o.role, cmd.args),
      })
      if (!o.out) return void process.stdout.write(text)
      if (existsSync(o.out) && !o.force)
        throw new UsageError(`${o.out} exists: pass --force to overwrite it`)
      writeFileSync(o.out, text)
      console.log(`wrote ${o.out}`)
    })
}
