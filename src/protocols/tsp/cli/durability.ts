import type { Command } from "commander"
import { intOption } from "../../mdp/cli/options"
import { runDurability } from "../peers/durability"

interface Args {
  requests: number
  clients: number
  kills: number
  killMinMs: number
  killMaxMs: number
  rateRequests: number
}

export function registerDurability(group: Command): void {
  group
    .command("durability")
    .description(
      "the durability experiment: clients submit requests to a reference Titanic server while it is killed with SIGKILL at random moments and restarted on the same store; " +
        "prints one JSON line (kills, submitted, lost, wrong, duplicates, orphans, submissions/s with fsync, store bytes) and exits 1 unless lost = 0 and wrong = 0",
    )
    .addOption(
      intOption(
        "--requests <n>",
        "requests submitted while the server is killed",
        1,
        1000,
      ),
    )
    .addOption(
      intOption("--clients <n>", "clients submitting side by side", 1, 4, 64),
    )
    .addOption(
      intOption(
        "--kills <n>",
        "kills at least (more while clients still submit)",
        0,
        5,
      ),
    )
    .addOption(
      intOption("--kill-min-ms <ms>", "shortest pause between kills", 1, 500),
    )
    .addOption(
      intOption("--kill-max-ms <ms>", "longest pause between kills", 1, 2000),
    )
    .addOption(
      intOption(
        "--rate-requests <n>",
        "submissions timed first, with no kills",
        1,
        500,
      ),
    )
    .action(async (o: Args) => {
      const result = await runDurability({
        ...o,
        killEveryMs: [o.killMinMs, Math.max(o.killMinMs, o.killMaxMs)],
        log: line => process.stderr.write(`${line}\n`),
      })
      process.stdout.write(`${JSON.stringify(result)}\n`)
      process.exit(result.lost === 0 && result.wrong === 0 ? 0 : 1)
    })
}
