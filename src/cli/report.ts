import { writeFileSync } from "node:fs"
import type { Command } from "commander"
import { renderReport } from "../report/html"
import { readResults } from "../report/results"
import { writeHtmlReport } from "../report/write"

export function registerReport(program: Command): void {
  program
    .command("report")
    .description(
      "write the requirement report (index.html) from one or more results.json; several runs share one page, one summary row per role",
    )
    .argument("<results...>", "report folders or results.json files")
    .option(
      "--out <file>",
      "where to write the page (default: index.html beside a single run's results.json)",
    )
    .action((paths: string[], o: { out?: string }) => {
      if (paths.length === 1) {
        console.log(`wrote ${writeHtmlReport(paths[0], o.out)}`)
        return
      }
      const out = o.out ?? "index.html"
      writeFileSync(out, renderReport(paths.map(p => readResults(p))))
      console.log(`wrote ${out}`)
    })
}
