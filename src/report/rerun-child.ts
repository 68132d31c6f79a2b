import { readFileSync } from "node:fs"
import type { SuiteConfig } from "../harness/config"
import { runInProcess } from "../harness/run"

/** Entry of one rerun (src/report/rerun.ts): the scenario named exactly, nothing else. */
async function main(): Promise<void> {
  const job = JSON.parse(readFileSync(process.argv[2], "utf8")) as {
    config: SuiteConfig
    name: string
    reportDir: string
  }
  const exact = `^${job.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`
  await runInProcess({
    config: job.config,
    reportDir: job.reportDir,
    names: [exact],
  })
}

main().then(
  () => process.exit(0),
  (err: Error) => {
    console.error(`rerun: ${err.message}`)
    process.exit(2)
  },
)
