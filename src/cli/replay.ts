import type { Command } from "commander"
import { UsageError } from "../errors"
import { decidingScenario } from "../report/html-parts"
import {
  readResults,
  type ReportScenario,
  type RunResults,
} from "../report/results"
import { replay } from "../report/replay"
import { int } from "./options"

/** A scenario by exact name, by requirement ID (the one its verdict came from), or by a unique part of its name. */
export function findScenario(run: RunResults, which: string): ReportScenario {
  const all = run.scenarios
  if (!all?.length)
    throw new UsageError(
      "this results.json has no per-scenario transcripts (written before replay existed): run marque test again",
    )
  const exact = all.find(s => s.name === which)
  if (exact) return exact
  const req = run.requirements.find(r => r.id === which)
  if (req) {
    const s = decidingScenario(req, all)
    if (s) return s
    throw new UsageError(`no scenario ran for ${which}`)
  }
  const part = all.filter(s =>
    s.name.toLowerCase().includes(which.toLowerCase()),
  )
  if (part.length === 1) return part[0]
  const names = (part.length ? part : all).map(s => `  ${s.name}`).join("\n")
  throw new UsageError(
    `${part.length ? "several" : "no"} scenarios match "${which}"; give one of:\n${names}`,
  )
}

function peerEndpoint(
  v: string,
  prev: Record<string, string> = {},
): Record<string, string> {
  const i = v.lastIndexOf("=")
  if (i < 1)
    throw new UsageError(`--peer wants <suite peer>=<endpoint>, got "${v}"`)
  return { ...prev, [v.slice(0, i)]: v.slice(i + 1) }
}

export function registerReplay(program: Command): void {
  program
    .command("replay")
    .description(
      "re-send the suite's frames of one recorded scenario to a running IUT and print what comes back: a reproducer for a bug report. Addresses the IUT made up are learned from its live answers",
    )
    .argument("<report>", "report folder or results.json of a run")
    .argument(
      "<scenario>",
      "scenario name, a unique part of it, or a requirement ID (the scenario its verdict came from)",
    )
    .requiredOption(
      "--endpoint <endpoint>",
      "where the running IUT listens, e.g. tcp://127.0.0.1:5555",
    )
    .option(
      "--peer <name=endpoint>",
      "a suite peer that connects elsewhere (repeatable), e.g. 'worker w1=tcp://127.0.0.1:5556'",
      peerEndpoint,
    )
    .option("--wait-ms <ms>", "how long to wait for answers", int, 1000)
    .action(
      async (
        report: string,
        which: string,
        o: { endpoint: string; peer?: Record<string, string>; waitMs: number },
      ) => {
        const run = readResults(report)
        const s = findScenario(run, which)
        const f = s.verdict?.failure
        console.log(`replaying "${s.name}" (${s.uri}) against ${o.endpoint}`)
        if (f)
          console.log(
            `recorded verdict: ${f.rule}\n  Expected: ${f.expected}\n  Actual: ${f.actual}`,
          )
        console.log("\nthis time:")
        const out = await replay(s.transcript, {
          endpoint: o.endpoint,
          peerEndpoints: o.peer,
          waitMs: o.waitMs,
          log: line => console.log(line),
        })
        const then = s.transcript.filter(e => e.dir === "recv")
        console.log(`\nrecorded, the IUT sent ${then.length} message(s):`)
        for (const e of then)
          console.log(
            `${String(e.t).padStart(6)} ms <- ${e.peer}: ${e.frames.map(x => `[${x}]`).join("")}`,
          )
        for (const p of out.problems) console.log(`note: ${p}`)
      },
    )
}
