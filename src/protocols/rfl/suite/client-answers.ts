import { describeExit } from "../../../harness/iut"
import { ConformanceFailure } from "../../../harness/verdict"
import { exitOf } from "../../flp/suite/reported"
import type { ClientUnderTest } from "./client-under-test"
import { outcomeCodes } from "./outcomes"

/** marque's own rule (specs/marque.yaml): invalid input never crashes or stalls a peer. */
const robustness = "MARQUE-ROBUST-1"

/**
 * RFL-C14, RFL-C20: the first attempt got ERROR. The client must not try
 * again, and must report it as an application error: exit 3, the text on
 * stderr, nothing on stdout. A retry would come after the pause, or after
 * the timeout and the pause when the client took the ERROR for silence.
 */
export async function expectErrorFinal(c: ClientUnderTest): Promise<void> {
  const first = await c.firstRequest("RFL-C14")
  const { timeoutMs, retryBaseMs } = c.claims
  const text = c.servers.errorText
  const exit = await exitOf(
    c.run,
    () => first.at + timeoutMs + retryBaseMs + c.slack,
  )
  if (c.servers.violation) throw c.servers.violation
  const again = c.servers.arrivals[1]
  if (again)
    throw new ConformanceFailure(
      "RFL-C14",
      `the ERROR answer ("${text}") taken as final: no further attempt`,
      `attempt 2 reached ${again.server.name} ${Math.round(again.at - first.at)} ms after the first, which got the ERROR`,
    )
  const iut = c.run.iut!
  if (!exit)
    throw new ConformanceFailure(
      "RFL-C14",
      `the ERROR ("${text}") returned to the caller: reported at once, and the client exits`,
      `it is still running ${Math.round(performance.now() - first.at)} ms after the ERROR; stdout ${JSON.stringify(iut.stdout)}`,
    )
  const output = iut.tail(1000)
  const onStderr = output.includes(text) && !iut.stdout.includes(text)
  if (exit.code !== outcomeCodes.error || !onStderr || iut.stdout !== "")
    throw new ConformanceFailure(
      "RFL-C20",
      `an application error, told apart from success, timeout and "no server": exit ${outcomeCodes.error}, the ERROR text "${text}" on stderr, nothing on stdout (the launch contract)`,
      `it ended with ${describeExit(exit)}, stdout ${JSON.stringify(iut.stdout)}, ${onStderr ? "the text on stderr" : "the text not on stderr"}: ${iut.tail(3)}`,
    )
}

/**
 * RFL-C18 and robustness: the first attempt got malformed answers, then the
 * right one. Taking a malformed one is RFL-C18 (a SHOULD); crashing,
 * stalling or losing the right answer is a failure of robustness.
 */
export async function expectMalformedDropped(
  c: ClientUnderTest,
): Promise<void> {
  await c.firstRequest(robustness)
  const last = () => c.servers.arrivals.at(-1)!.at
  const exit = await exitOf(c.run, () => last() + c.claims.timeoutMs + c.slack)
  if (c.servers.violation) throw c.servers.violation
  const iut = c.run.iut!
  const lines = iut.stdout.split("\n").filter(l => l !== "")
  const bad = new Set(c.servers.answers.filter(a => a.stale).map(a => a.token))
  const taken = lines.find(l => bad.has(l))
  if (taken)
    throw new ConformanceFailure(
      "RFL-C18",
      "every malformed answer dropped (frame 0 not empty, unknown command, request id not UTF-8, too short)",
      `it reported "${taken}", the result of a malformed answer (suite/malformed-answers.ts)`,
    )
  const right = c.servers.answers.find(a => !a.stale)!.token
  if (exit?.code === 0 && lines.length === 1 && lines[0] === right) return
  throw new ConformanceFailure(
    robustness,
    `after the malformed answers, the right RESPONSE that followed them taken ("${right}"), then exit 0`,
    exit
      ? `it ended with ${describeExit(exit)}, stdout ${JSON.stringify(iut.stdout)}: ${iut.tail(5)}`
      : `it is still running; stdout ${JSON.stringify(iut.stdout)}`,
  )
}
