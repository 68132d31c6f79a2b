import type { Command } from "commander"
import { UsageError } from "../errors"
import { killChecks, killMatrix, selfcheck } from "../report/selfcheck"
import { int } from "./options"

export function registerSelfcheck(program: Command): void {
  program
    .command("selfcheck")
    .description(
      "run every fault switch of every reference peer and print the kill matrix (fault x requirements that caught it); exit 1 when a fault is not caught, or caught under an ID it does not list",
    )
    .option("--protocol <name>", "only this protocol")
    .option("--role <role>", "only this role")
    .option("--fault <name>", "only this fault switch")
    .option("--jobs <n>", "checks run side by side", int, 2)
    .action(
      async (o: {
        protocol?: string
        role?: string
        fault?: string
        jobs: number
      }) => {
        const checks = killChecks(o)
        if (!checks.length) throw new UsageError("no fault switch matches")
        process.stderr.write(
          `selfcheck: ${checks.length} checks, ${o.jobs} at a time\n`,
        )
        const results = await selfcheck(checks, o.jobs, r =>
          process.stderr.write(
            `  ${r.ok ? "ok   " : "WRONG"} ${r.protocol} ${r.role} --fault ${r.fault}\n`,
          ),
        )
        console.log(killMatrix(results))
        const bad = results.filter(r => !r.ok).length
        console.log(
          `\n${results.length - bad} of ${results.length} fault checks caught exactly as listed`,
        )
        if (bad) process.exitCode = 1
      },
    )
}
