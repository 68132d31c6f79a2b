import type { Command } from "commander"
import { diffRuns, diffText } from "../report/diff"
import { readResults } from "../report/results"

export function registerDiff(program: Command): void {
  program
    .command("diff")
    .description(
      "requirements whose verdict changed between two runs; exit 1 when one fails now that did not before (a CI regression gate)",
    )
    .argument("<old>", "the earlier run: report folder or results.json")
    .argument("<new>", "the later run: report folder or results.json")
    .option("--strict", "a new non-strict verdict is a regression too")
    .action((before: string, after: string, o: { strict?: boolean }) => {
      const changes = diffRuns(
        readResults(before),
        readResults(after),
        !!o.strict,
      )
      console.log(diffText(changes))
      const n = changes.filter(c => c.regression).length
      if (n) {
        console.log(`\n${n} new failure(s)`)
        process.exitCode = 1
      }
    })
}
