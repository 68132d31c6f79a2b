import { describeExit, type IutProcess } from "../../../harness/iut"
import type { ScenarioRun } from "../../../harness/scenario"
import { ConformanceFailure } from "../../../harness/verdict"

/**
 * What the suite's servers answered a client under test: each answer is one
 * frame, a token unique in the scenario, so the line the client prints
 * names the answer it took. `request` groups the answers that belong to one
 * request (FLP: its CCF; Reliable Freelance: its request id).
 */
export interface Answer {
  readonly request: string
  readonly token: string
  /** A late answer to a request already answered: never a reply to report. */
  readonly stale?: boolean
}

/**
 * Waits, bounded, for the client under test to exit; undefined if it is
 * still running at the deadline (performance.now() time), which may move
 * on as the scenario goes (each answer gives the client time for the next).
 */
export async function exitOf(
  run: ScenarioRun,
  deadline: () => number,
): Promise<IutProcess["exit"]> {
  run.exitExpected = true
  while (!run.iut?.exit && performance.now() < deadline())
    await new Promise(r => setTimeout(r, 10))
  return run.iut?.exit
}

/**
 * The client reported each reply exactly once, in order, and only replies:
 * its stdout holds one line per answered request, each line a token the
 * suite sent for that request, and it exited 0. `rule` is blamed (FLP-C1,
 * RFL-C10) for a reply lost, duplicated or taken from another request.
 */
export async function expectReported(
  run: ScenarioRun,
  answers: readonly Answer[],
  deadline: () => number,
  rule: string,
  /** Blamed for reporting a stale answer (Reliable Freelance: RFL-C6). */
  staleRule = rule,
): Promise<void> {
  const exit = await exitOf(run, deadline)
  const iut = run.iut!
  if (!exit)
    throw new ConformanceFailure(
      rule,
      "the client prints its replies and exits 0 within its declared timeout of the last answer",
      `it is still running; stdout so far: ${JSON.stringify(iut.stdout)}`,
    )
  const lines = iut.stdout.split("\n").filter(l => l !== "")
  const stale = new Set(answers.filter(a => a.stale).map(a => a.token))
  const groups: string[][] = []
  const at = new Map<string, number>()
  for (const a of answers) {
    if (a.stale) continue
    let g = at.get(a.request)
    if (g === undefined) at.set(a.request, (g = groups.push([]) - 1))
    groups[g].push(a.token)
  }
  const expected = groups.map(g => g.join(" or ")).join(", then ")
  for (const [i, line] of lines.entries()) {
    if (stale.has(line))
      throw new ConformanceFailure(
        staleRule,
        `only a reply to the request outstanding (${expected})`,
        `it reported "${line}", an answer to another request, as reply ${i + 1}`,
      )
    if (lines.indexOf(line) !== i)
      throw new ConformanceFailure(
        rule,
        `each reply reported once (${expected})`,
        `it reported "${line}" twice`,
      )
    if (!groups[i]?.includes(line))
      throw new ConformanceFailure(
        rule,
        `reply ${i + 1}: ${groups[i]?.join(" or ") ?? "none (no further request was answered)"}`,
        `it reported "${line}"`,
      )
  }
  if (lines.length < groups.length || exit.code !== 0)
    throw new ConformanceFailure(
      rule,
      `every answered request's reply reported (${expected}) and exit code 0`,
      `it reported ${lines.length} of ${groups.length} and ended with ${describeExit(exit)}: ${iut.tail(3)}`,
    )
}
