import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { compareBaseline, readBaseline } from "../harness/baseline"
import type { SuiteConfig } from "../harness/config"
import { suiteCurve } from "../harness/curve-setup"
import {
  endpointProblem,
  fill,
  freePort,
  isListening,
  tcpParts,
} from "../harness/endpoints"
import { describeExit, IutProcess } from "../harness/iut"
import type { RoleSpec } from "../harness/module"
import { resolveOptions, roleOptions } from "../harness/options"
import {
  iutConnects,
  mainPlaceholder,
  ScenarioRun,
  topology,
} from "../harness/scenario"
import { protocolNamed, roleOf } from "../protocols/registry"
import { RawPeer } from "../harness/peers"
import { Transcript } from "../harness/transcript"
import { IutStartError, UsageError } from "../errors"
import { junitXml } from "../harness/junit"
import { profileTarget, readProfile, type Profile } from "../harness/profile"
import { runConformance } from "../harness/run"
import type { ScenarioResult } from "../harness/collect"
import type { RequirementResult } from "../harness/verdicts"
import { Progress } from "../report/progress"
import { labelTimingFailures } from "../report/rerun"
import { writeHtmlReport } from "../report/write"
import { referenceFor } from "./reference"
import { literalEndpointsFree, tagProblem, writableDir } from "./test-checks"
import { counts, summaryTable } from "./summary"
import type { TestFlags } from "./test"

export function buildConfig(flags: TestFlags): SuiteConfig {
  const target = flags.profile ? profileTarget(flags.profile) : {}
  const protocol = flags.protocol ?? target.protocol
  const role = flags.role ?? target.role
  if (!protocol || !role)
    throw new UsageError(
      "--protocol and --role are required (or set them in --profile)",
    )
  const entry = protocolNamed(protocol)
  const { module } = entry
  const spec = roleOf(entry, role)
  const p: Profile = flags.profile
    ? readProfile(flags.profile, module, role)
    : { endpoints: {}, options: {} }
  const declared = roleOptions(module, role)
  for (const key of Object.keys(flags.options))
    if (!(key in declared))
      throw new UsageError(
        `--${key} is not an option of ${protocol} ${role} (its options: ${
          Object.keys(declared)
            .map(k => `--${k}`)
            .join(", ") || "none"
        })`,
      )
  for (const key of Object.keys(flags.endpoints))
    if (!(key in spec.endpoints))
      throw new UsageError(
        `--${key} is not an endpoint of ${protocol} ${role} (its endpoints: ${Object.keys(
          spec.endpoints,
        )
          .map(k => `--${k}`)
          .join(", ")})`,
      )
  if (flags.tags !== undefined) tagProblem(flags.tags)
  if (flags.fault && !flags.reference)
    throw new UsageError(
      "--fault switches a fault on in marque's own peer: add --reference",
    )
  const ref = flags.reference ? referenceFor(protocol, role) : undefined
  if (flags.reference && flags.start)
    throw new UsageError("--reference starts marque's own IUT; drop --start")
  if (flags.fault && !(flags.fault in (module.faults(protocol)[role] ?? {})))
    throw new UsageError(
      `${protocol} ${role} has no fault switch "${flags.fault}" (have: ${Object.keys(module.faults(protocol)[role] ?? {}).join(", ")})`,
    )
  const options = resolveOptions(
    module,
    role,
    [flags.options, ref?.options ?? {}, p.options],
    `options of ${protocol} ${role}`,
  )
  const curve = suiteCurve({
    serverKey: flags.curveServerKey ?? p["curve-server-key"],
    clientKey: flags.curveClientKey ?? p["curve-client-key"],
    curve: flags.curve,
    reference: flags.reference,
  })
  if (curve && iutConnects(spec))
    throw new UsageError(
      `CURVE is judged where the IUT binds (a broker, a server): the suite's ${role} side does not speak it`,
    )
  if (curve && ref && !ref.curve)
    throw new UsageError(`marque's ${protocol} ${role} has no CURVE option`)
  const refCommand = ref?.command(protocol, options, flags.fault)
  const start =
    (refCommand && curve ? `${refCommand} ${ref!.curve}` : refCommand) ??
    flags.start ??
    p.start
  const endpoints = { ...p.endpoints, ...flags.endpoints }
  const binds = !iutConnects(spec)
  if (!start && !binds)
    throw new UsageError(
      `a ${role} connects to the suite, which must start it: give --start (or --reference)`,
    )
  for (const [key, template] of Object.entries(endpoints)) {
    // {endpoints} of a Freelance client is a comma-separated list.
    const problem = template?.split(",").map(endpointProblem).find(Boolean)
    const from =
      key in flags.endpoints ? `--${key}` : `profile ${flags.profile}: ${key}`
    if (problem) throw new UsageError(`${from} ${template}: ${problem}`)
  }
  for (const [key, e] of Object.entries(spec.endpoints)) {
    if (e.bind !== "iut") continue
    const template = endpoints[key]
    if (!start && template && /\{\w+\}/.test(template))
      throw new UsageError(
        `--${key} ${template} has a placeholder, so the suite must start the IUT: give --start (or --reference), or a literal endpoint of a running IUT`,
      )
    if (!start && !template && !e.fallback)
      throw new UsageError(
        `no --start, so the IUT must be running already: give --start (or --reference), or the literal --${key} endpoint of the running IUT`,
      )
  }
  const claims: Record<string, string | null> = {}
  for (const [name, why] of Object.entries(module.claims(options, role)))
    claims[name] = why ?? null
  const num = (k: string) => options[k] as number | undefined
  return {
    protocol,
    role,
    endpoints,
    start,
    startTimeoutMs: flags.startTimeoutMs ?? p["start-timeout-ms"] ?? 10_000,
    options,
    claims,
    timing: {
      heartbeatMs: num("heartbeat-ms") ?? 2500,
      liveness: num("liveness") ?? 3,
      replyTimeoutMs: num("reply-timeout-ms"),
      reconnectMs: num("reconnect-ms"),
      named: module.durations?.(options) ?? {},
    },
    ...(curve ? { curve } : {}),
  }
}

/** Fails fast, with exit code 2, when the IUT cannot be reached at all. */
async function preflight(config: SuiteConfig): Promise<void> {
  const spec = topology(config)
  await literalEndpointsFree(config, spec)
  if (iutConnects(spec)) return startsAndConnects(config, spec)
  if (config.start) {
    // One scenario's start-up, without the scenario: ports, processes, probes.
    const run = new ScenarioRun(config, [])
    try {
      await run.open()
    } finally {
      await run.close(undefined)
    }
    return
  }
  for (const [key, e] of Object.entries(spec.endpoints)) {
    const at = config.endpoints[key]
    const tcp = e.bind === "iut" && at ? tcpParts(at) : undefined
    if (tcp && !(await isListening(tcp.host, tcp.port, 1000)))
      throw new UsageError(
        `nothing listens at ${at} (--${key}): start the IUT first, or give --start`,
      )
  }
}

/** A worker or client IUT must start and send something to a socket the suite binds. */
async function startsAndConnects(
  config: SuiteConfig,
  spec: RoleSpec,
): Promise<void> {
  const main = mainPlaceholder(spec)
  // A fixed port, so the ROUTER can take its endpoint as its identity: a
  // Freelance (FLP-10) client addresses each server by that string.
  // Of a list ({endpoints} of a Freelance client), the first.
  const template = config.endpoints[main]?.split(",")[0]
  const endpoint = fill(template ?? "tcp://{host}:{port}", {
    port: await freePort(),
    host: "127.0.0.1",
  })
  const peer = new RawPeer("preflight", new Transcript(), {
    router: true,
    routingId: endpoint,
  })
  await peer.bind(endpoint)
  const iut = new IutProcess({
    command: config.start!,
    endpoint,
    startTimeoutMs: config.startTimeoutMs,
    bindProbe: false,
    values: { [main]: endpoint, ...spec.probeValues },
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

export async function runTest(flags: TestFlags): Promise<number> {
  const config = buildConfig(flags)
  const baseline = flags.expect ? readBaseline(flags.expect) : undefined
  // Under the caller's directory: an installed marque's own folder may be read-only.
  const reportDir =
    flags.reportDir ??
    join(
      process.cwd(),
      "reports",
      `${config.protocol.replace("/", "-")}-${config.role}-${Date.now()}`,
    )
  writableDir(reportDir)
  await preflight(config)
  const progress = new Progress(process.stderr)
  const outcome = await runConformance({
    config,
    tags: flags.tags,
    reportDir,
    progress,
    onScenario: r => progress.finish(r),
  }).finally(() => progress.end())
  // Verdicts stay the first run's; the labels say whether a timing failure repeats.
  if (flags.reruns) {
    const labels = await labelTimingFailures(config, reportDir, flags.reruns)
    for (const [name, r] of labels)
      console.log(
        `rerun: "${name}" ${r.label} (${r.passed}/${r.attempts} reruns passed)`,
      )
  }
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
  writeHtmlReport(reportDir)
  const c = counts(requirements)
  console.log(
    `\n${config.protocol} ${config.role}: ${outcome.scenarios.length} scenarios in ${(outcome.durationMs / 1000).toFixed(1)} s\n`,
  )
  console.log(summaryTable(requirements))
  console.log(
    `\nrequirements: ${c.pass} pass, ${c["non-strict"]} non-strict, ${c.fail} fail, ${c.skip} skip${c.error ? `, ${c.error} error` : ""}`,
  )
  for (const [reason, n] of skipped)
    console.log(`scenarios skipped: ${n}, because ${reason}`)
  console.log(
    `reports: ${reportDir}/{index.html,results.json,junit.xml,cucumber.html}`,
  )
  const verdict = exitCode(requirements, !!flags.strict, baseline)
  // The suite's own failure outranks any verdict: the run is not complete.
  for (const e of outcome.errors)
    console.log(
      `suite error${e.scenario ? ` in "${e.scenario}"` : " between scenarios"}: ${e.message}; the run resumed with the next scenario${e.stderr ? `\n  its stderr ended:\n${e.stderr.replace(/^/gm, "    ")}` : ""}`,
    )
  return outcome.errors.length ? 2 : verdict
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
