import { writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { renderReport } from "./html"
import { readResults, resultsPath } from "./results"

/**
 * Writes index.html beside a run's results.json (or at `out`) and returns
 * its path. One call at the end of `marque test`, and `marque report`.
 */
export function writeHtmlReport(reportDir: string, out?: string): string {
  const run = readResults(reportDir)
  const file = out ?? join(dirname(resultsPath(reportDir)), "index.html")
  writeFileSync(file, renderReport([run]))
  return file
}
