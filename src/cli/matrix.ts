import { spawn } from "node:child_process"
import {
  existsSync,
  mkdirSync,
  openSync,
  closeSync,
  writeFileSync,
} from "node:fs"
import { basename, dirname, extname, join, relative } from "node:path"
import type { Command } from "commander"
import { packageRoot } from "../package-root"
import { renderMatrix, type MatrixColumn } from "../report/matrix"
import { readResults, resultsPath } from "../report/results"
import { tally, tallyLine } from "../report/tally"

interface MatrixFlags {
  out: string
  tags?: string
}

/** Runs `marque test --profile` in its own process, its output kept in test.log. */
function runProfile(
  profile: string,
  dir: string,
  tags?: string,
): Promise<number> {
  mkdirSync(dir, { recursive: true })
  const log = openSync(join(dir, "test.log"), "w")
  const args = [
    join(packageRoot, "bin/marque.js"),
    "test",
    "--profile",
    profile,
    "--report-dir",
    dir,
  ]
  if (tags) args.push("--tags", tags)
  const child = spawn(process.execPath, args, { stdio: ["ignore", log, log] })
  return new Promise(done =>
    child.on("close", code => {
      closeSync(log)
      done(code ?? 2)
    }),
  )
}

async function column(
  input: string,
  o: MatrixFlags,
): Promise<MatrixColumn | undefined> {
  const isProfile = /^\.ya?ml$/.test(extname(input))
  const name = isProfile
    ? basename(input, extname(input))
    : basename(dirname(resultsPath(input)))
  let results = input
  if (isProfile) {
    results = join(o.out, name)
    process.stderr.write(`matrix: ${name}: running ${input}\n`)
    const code = await runProfile(input, results, o.tags)
    if (!existsSync(join(results, "results.json"))) {
      process.stderr.write(
        `matrix: ${name}: no results (exit ${code}); see ${join(results, "test.log")}\n`,
      )
      return undefined
    }
  }
  const run = readResults(results)
  process.stderr.write(
    `matrix: ${name}: ${tallyLine(tally(run.requirements))}\n`,
  )
  const page = join(dirname(resultsPath(results)), "index.html")
  return {
    name,
    run,
    href: existsSync(page) ? relative(o.out, page) : undefined,
  }
}

export function registerMatrix(program: Command): void {
  program
    .command("matrix")
    .description(
      "several implementations of one protocol role in one HTML matrix (implementation x requirement): where they disagree. Profiles (*.yaml) are run first; report folders are read as they are",
    )
    .argument(
      "<inputs...>",
      "profiles to run, or report folders / results.json of earlier runs",
    )
    .option(
      "--out <dir>",
      "where matrix.html (and each profile's run) goes",
      "reports/matrix",
    )
    .option(
      "--tags <expression>",
      "Cucumber tag expression for every profile run",
    )
    .action(async (inputs: string[], o: MatrixFlags) => {
      mkdirSync(o.out, { recursive: true })
      const cols: MatrixColumn[] = []
      for (const input of inputs) {
        const c = await column(input, o)
        if (c) cols.push(c)
      }
      const file = join(o.out, "matrix.html")
      writeFileSync(file, renderMatrix(cols))
      console.log(`wrote ${file}`)
      // A matrix with a missing column is not the comparison asked for.
      if (cols.length < inputs.length) process.exitCode = 2
    })
}
