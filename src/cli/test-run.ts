import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { compareBaseline, readBaseline } from "../harness/baseline"
import type { SuiteConfig } from "../harness/config"
import { fill, freePort, isListening, tcpParts } from "../harness/endpoints"
import { describeExit, IutProcess } from "../harness/iut"
import { iutBinds } from "../harness/protocol"
import { RawPeer } from "../harness/raw-peer"
import { Transcript } from "../harness/transcript"
import { IutStartError, UsageError } from "../errors"
import { junitXml } from "../harness/junit"
import { readProfile, type Profile } from "../harness/profile"
import { packageRoot, runConformance } from "../harness/run"
import type { ScenarioResult } from "../harness/collect"
import type { RequirementResult } from "../harness/verdicts"
import { referenceFor } from "./reference"
import { counts, summaryTable } from "./summary"
import type { TestFlags } from "./test"

export function buildConfig(
  flags: TestFlags,
  endpointDefaulted: boolean,
): SuiteConfig {
  const p: Profile = flags.profile ? readProfile(flags.profile) : {}
  const protocol = flags.protocol ?? p.protocol
  const role = flags.role ?? p.role
  if (!protocol || !role)
    throw new UsageError(
      "--protocol and --role are required (or set them in --profile)",
    )
  const ref = flags.reference ? referenceFor(protocol, role) : undefined
  if (flags.reference && flags.start)
    throw new UsageError("--reference starts marque's own IUT; drop --start")
  const timing = {
    heartbeatMs:
      flags.heartbeatMs ?? ref?.heartbeatMs ?? p["heartbeat-ms"] ?? 2500,
    liveness: flags.liveness ?? ref?.liveness ?? p.liveness ?? 3,
    requestExpiryMs:
      flags.requestExpiryMs ?? ref?.requestExpiryMs ?? p["request-expiry-ms"],
    replyTimeoutMs: flags.replyTimeoutMs ?? p["reply-timeout-ms"],
    reconnectMs: flags.reconnectMs ?? ref?.reconnectMs ?? p["reconnect-ms"],
    clientTimeoutMs:
      flags.clientTimeoutMs ?? ref?.clientTimeoutMs ?? p["client-timeout-ms"],
    clientRetries:
      flags.clientRetries ?? ref?.clientRetries ?? p["client-retries"],
    workerBusyMs:
      flags.workerBusyMs ?? ref?.workerBusyMs ?? p["worker-busy-ms"],
  }
  const binds = iutBinds(protocol, role)
  const start = ref?.start(timing) ?? flags.start ?? p.start
  const endpoint =
    (endpointDefaulted ? p.endpoint : undefined) ??
    flags.endpoint ??
    "tcp://{host}:{port}"
  if (!start && !binds)
    throw new UsageError(
      `a ${role} connects to the suite, which must start it: give --start (or --reference)`,
    )
  if (!start && /\{\w+\}/.test(endpoint))
    throw new UsageError(
      `--endpoint ${endpoint} has a placeholder, so the suite must start the IUT: give --start (or --reference), or a literal endpoint of a running IUT`,
    )
  return {
    protocol,
    role,
    endpoint,
    workerEndpoint: flags.workerEndpoint ?? p["worker-endpoint"],
    start,
    iutBinds: binds,
    startTimeoutMs: flags.startTimeoutMs ?? p["start-timeout-ms"] ?? 10_000,
    timing,
    claims: {
      mmi: flags.mmi !== false && p.claims?.mmi !== false,
      requestExpiry: timing.requestExpiryMs !== undefined,
      retry:
        timing.clientTimeoutMs !== undefined &&
        timing.clientRetries !== undefined,
      busyWorker:
        timing.workerBusyMs !== undefined &&
        timing.workerBusyMs >= 3 * timing.heartbeatMs,
    },
  }
}

/** Fails fast, with exit code 2, when the IUT cannot be reached at all. */
async function preflight(config: SuiteConfig): Promise<void> {
  if (!config.iutBinds) return startsAndConnects(config)
  if (config.start) {
    const endpoint = fill(config.endpoint, {
      port: await freePort(),
      host: "127.0.0.1",
    })
    const probe = new IutProcess({
      command: config.start,
      endpoint,
      startTimeoutMs: config.startTimeoutMs,
    })
    await probe.start()
    await probe.stop()
    return
  }
  const tcp = tcpParts(config.endpoint)
  if (tcp && !(await isListening(tcp.host, tcp.port, 1000)))
    throw new UsageError(
      `nothing listens at ${config.endpoint}: start the IUT first, or give --start`,
    )
}

/** A worker or client IUT must start and send something to a socket the suite binds. */
async function startsAndConnects(config: SuiteConfig): Promise<void> {
  const peer = new RawPeer("preflight", new Transcript(), { router: true })
  const endpoint = await peer.bind(
    fill(config.endpoint, { port: "*", host: "127.0.0.1" }),
  )
  const iut = new IutProcess({
    command: config.start!,
    endpoint,
    startTimeoutMs: config.startTimeoutMs,
    bindProbe: false,
    values: { service: "echo", body: "hello" },
  })
  try {
    await iut.start()
    const deadline = Date.now() + config.startTimeoutMs
    let frames: Buffer[] | undefined
    while (!frames && !iut.exit && Date.now() < deadline)
      frames = await peer.next(50)
    if (!frames) {
      const why = iut.exit
        ? `exited (${describeExit(iut.exit)})`
        : `sent nothing within ${config.startTimeoutMs} ms`
      throw new IutStartError(
        config.start!,
        endpoint,
        `${why} after it was told to connect to ${endpoint}`,
        iut.tail(),
      )
    }
  } finally {
    await iut.stop()
    await peer.close()
  }
}

export async function runTest(
  flags: TestFlags,
  endpointDefaulted: boolean,
): Promise<number> {
  const config = buildConfig(flags, endpointDefaulted)
  const baseline = flags.expect ? readBaseline(flags.expect) : undefined
  await preflight(config)
  const reportDir =
    flags.reportDir ??
    join(
      packageRoot,
      "reports",
      `${config.protocol.replace("/", "-")}-${config.role}-${Date.now()}`,
    )
  const outcome = await runConformance({
    config,
    tags: flags.tags,
    reportDir,
    onScenario: r =>
      process.stderr.write(
        `  ${r.status === "PASSED" ? "ok  " : r.status === "SKIPPED" ? "skip" : "FAIL"} ${r.name} (${r.durationMs} ms)${r.verdict?.failure ? `  <- ${r.verdict.failure.rule}` : ""}\n`,
      ),
  })
  const skipped = skipReasons(outcome.scenarios)
  const { requirements } = outcome
  writeFileSync(
    join(reportDir, "junit.xml"),
    junitXml(
      `${config.protocol} ${config.role}`,
      requirements,
      outcome.durationMs / 1000,
      !!flags.strict,
    ),
  )
  const c = counts(requirements)
  console.log(
    `\n${config.protocol} ${config.role}: ${outcome.scenarios.length} scenarios in ${(outcome.durationMs / 1000).toFixed(1)} s\n`,
  )
  console.log(summaryTable(requirements))
  console.log(
    `\nrequirements: ${c.pass} pass, ${c["non-strict"]} non-strict, ${c.fail} fail, ${c.skip} skip`,
  )
  for (const [reason, n] of skipped)
    console.log(`scenarios skipped: ${n}, because ${reason}`)
  console.log(`reports: ${reportDir}/{results.json,junit.xml,cucumber.html}`)
  return exitCode(requirements, !!flags.strict, baseline)
}

/** Why scenarios did not run (a claim not made, no network namespaces), with how many. */
function skipReasons(
  scenarios: readonly ScenarioResult[],
): Map<string, number> {
  const out = new Map<string, number>()
  for (const s of scenarios) {
    const reason = s.verdict?.skipReason
    if (reason) out.set(reason, (out.get(reason) ?? 0) + 1)
  }
  return out
}

function exitCode(
  results: RequirementResult[],
  strict: boolean,
  baseline?: ReturnType<typeof readBaseline>,
): number {
  const failing = results.filter(
    r => r.verdict === "fail" || (strict && r.verdict === "non-strict"),
  )
  if (!baseline) return failing.length ? 1 : 0
  const { unexpected, stale } = compareBaseline(baseline, failing)
  for (const id of unexpected)
    console.log(`baseline: ${id} fails but is not expected to`)
  for (const id of stale)
    console.log(
      `baseline: ${id} is expected to fail but does not (stale baseline: ${baseline.expected.get(id)})`,
    )
  if (!unexpected.length && !stale.length)
    console.log(
      `baseline: exactly the ${baseline.expected.size} expected requirement(s) fail`,
    )
  return unexpected.length || stale.length ? 1 : 0
}
