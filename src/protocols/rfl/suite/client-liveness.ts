import { ConformanceFailure } from "../../../harness/verdict"
import { exitOf } from "../../flp/suite/reported"
import type { ClientUnderTest } from "./client-under-test"
import { deadMarkingAttempts } from "./outcomes"

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms))

/**
 * RFL-C12 (with RFL-C13): s1 answers HEARTBEATs, s2 and s3 only requests.
 * s1, the only ALIVE server, takes attempts 1 to 3 and lets each time out
 * (answering nothing more from the third on): three failures in a row make
 * it DEAD, so attempt 4 goes to an UNKNOWN server. The declared heartbeat
 * timeout is long enough (module.ts) that silence alone has made nobody DEAD
 * by then, so the choice shows the failure rule alone.
 */
export async function expectDeadAfterFailures(
  c: ClientUnderTest,
): Promise<void> {
  const { timeoutMs, retryBaseMs, retries } = c.claims
  const s1 = c.servers.servers[0]
  await c.firstRequest("RFL-C12")
  const arrivals = c.servers.arrivals
  // Each attempt gives the client a timeout and a pause for the next.
  const next = () =>
    arrivals.at(-1)!.at +
    timeoutMs +
    retryBaseMs * 2 ** (arrivals.length - 1) +
    c.slack
  await exitOf(c.run, next)
  if (c.servers.violation) throw c.servers.violation
  for (const [k, a] of arrivals.slice(0, 3).entries())
    if (a.server !== s1)
      throw new ConformanceFailure(
        "RFL-C13",
        `attempt ${k + 1} at s1, the only ALIVE server (it answers HEARTBEATs; s2 and s3 never did, so they are UNKNOWN)`,
        `it went to ${a.server.name}`,
      )
  const fourth = arrivals[deadMarkingAttempts - 1]
  if (!fourth)
    throw new ConformanceFailure(
      "RFL-C12",
      `attempt ${deadMarkingAttempts} of the ${retries} declared, after s1 let three in a row time out`,
      `it made ${arrivals.length} attempt(s), so which server a DEAD s1 gives way to cannot be seen`,
    )
  if (fourth.server === s1)
    throw new ConformanceFailure(
      "RFL-C12",
      "s1 DEAD after three failed attempts in a row, so attempt 4 goes to s2 or s3 (UNKNOWN comes before DEAD, RFL-C13)",
      `attempt 4 went to s1 again, ${Math.round(fourth.at - arrivals[2].at)} ms after its third attempt reached it`,
    )
}

/** How long a server stays down at the start: six heartbeats may queue for it. */
export const downHeartbeats = 6

/**
 * RFL-C15: enough requests, each answered after half the client's timeout,
 * that the client is still running when the server down at the start has
 * come up and heard from it.
 */
export function requestsOutlastingDowntime(c: ClientUnderTest): number {
  const { heartbeatMs, timeoutMs } = c.claims
  const span = (downHeartbeats + 1) * heartbeatMs + 1000 + c.slack
  return Math.ceil(span / Math.max(1, timeoutMs / 2)) + 1
}

/**
 * RFL-C15: the named server comes up six heartbeat intervals after the
 * first request; what queued for it meanwhile arrives as soon as the client
 * connects, ahead of anything sent after. So: no REQUEST before it has
 * answered a HEARTBEAT (servers.ts), and no burst of HEARTBEATs (a client
 * sends one per interval; three within half an interval were queued).
 * Then every result reported once (RFL-C10).
 */
export async function expectNothingQueued(
  c: ClientUnderTest,
  name: string,
): Promise<void> {
  const s = c.servers.servers.find(x => x.name === name)!
  const hb = c.claims.heartbeatMs
  const first = await c.firstRequest("RFL-C15")
  await sleep(Math.max(0, first.at + downHeartbeats * hb - performance.now()))
  await c.servers.bringUp(s)
  // libzmq reconnects every 100 ms by default; then the next HEARTBEAT.
  const within = hb + 1000 + c.slack
  await c.until(
    () => s.firstAt !== undefined,
    s.upAt! + within,
    "RFL-C7",
    `a HEARTBEAT at ${name} within ${within} ms of its coming up (every server gets one each ${hb} ms)`,
  )
  await sleep(hb / 2)
  const burst = s.heartbeats.filter(t => t - s.firstAt! <= hb / 2).length
  if (burst >= 3)
    throw new ConformanceFailure(
      "RFL-C15",
      `nothing queued for ${name} while it was down: at most one HEARTBEAT per ${hb} ms once it is up`,
      `${burst} HEARTBEATs reached it within ${hb / 2} ms of the first, ${Math.round(s.firstAt! - s.upAt!)} ms after it came up: they were queued while it was down`,
    )
  await c.expectReported()
}
