import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs"
import { join } from "node:path"
import { Writable } from "node:stream"
import {
  loadConfiguration,
  loadSources,
  runCucumber,
} from "@cucumber/cucumber/api"
import { parse } from "yaml"
import { UsageError } from "../errors"
import { packageRoot } from "../package-root"
import {
  ScenarioCollector,
  type ScenarioResult,
  type ScenarioWatcher,
} from "./collect"
import type { SuiteConfig } from "./config"
import { protocolNamed } from "../protocols/registry"
import { catalogFor, protocolDir } from "./protocol"
import { requirementId } from "./scenario"
import { judge, type RequirementResult } from "./verdicts"

export { packageRoot }

export interface RunOptions {
  config: SuiteConfig
  /** Extra Cucumber tag expression, ANDed with the protocol and role. */
  tags?: string
  reportDir: string
  onScenario?: (r: ScenarioResult) => void
  progress?: ScenarioWatcher
  /** Only scenarios whose name matches one of these regexes (a rerun of one scenario). */
  names?: string[]
}

export interface RunOutcome {
  requirements: RequirementResult[]
  scenarios: ScenarioResult[]
  durationMs: number
}

/** features/mdp-0.1/broker for protocol mdp/0.1, role broker. */
export function featureDir(protocol: string, role: string): string {
  return join(packageRoot, "features", protocolDir(protocol), role)
}

/** Runs the features for one protocol role against the configured IUT. */
export async function runConformance(o: RunOptions): Promise<RunOutcome> {
  const { protocol, role } = o.config
  const dir = featureDir(protocol, role)
  if (!existsSync(dir))
    throw new UsageError(
      `no conformance features for ${protocol} ${role} (looked in ${dir})`,
    )
  mkdirSync(o.reportDir, { recursive: true })
  // Cucumber's own console formatter is replaced by marque's per-scenario lines and table.
  const env = {
    cwd: packageRoot,
    stdout: new Writable({ write: (_c, _e, done) => done() }),
    stderr: process.stderr,
    env: process.env,
  }
  const { runConfiguration } = await loadConfiguration(
    {
      file: false,
      provided: {
        paths: [join(dir, "**/*.feature")],
        require: [
          join(__dirname, "cucumber/*.js"),
          // Only this protocol's steps: another protocol's "sends HEARTBEAT" never clashes.
          join(protocolNamed(protocol).module.steps, "*.js"),
        ],
        tags: o.tags ? `(${o.tags})` : "",
        name: o.names ?? [],
        format: [
          `html:${join(o.reportDir, "cucumber.html")}`,
          `message:${join(o.reportDir, "messages.ndjson")}`,
        ],
        worldParameters: JSON.parse(JSON.stringify(o.config)),
        strict: true,
      },
    },
    env,
  )
  const { plan, errors } = await loadSources(runConfiguration.sources, env)
  if (errors.length)
    throw new UsageError(
      `feature files do not parse: ${errors.map(e => `${e.uri}:${e.location.line} ${e.message}`).join("; ")}`,
    )
  if (plan.length === 0)
    throw new UsageError(
      `the tag filter "${o.tags}" selects no scenario for ${protocol} ${role}`,
    )
  const unselected = o.tags ? taggedInFeatures(dir) : new Set<string>()
  o.progress?.plan(plan.length)
  const collector = new ScenarioCollector(o.onScenario, o.progress)
  const started = Date.now()
  await runCucumber(runConfiguration, env, collector.onMessage)
  const notCovered = readNotCovered(dir)
  const requirements = judge(
    catalogFor(protocol, role),
    collector.results,
    notCovered,
    unselected,
  )
  const outcome = {
    requirements,
    scenarios: collector.results,
    durationMs: Date.now() - started,
  }
  writeFileSync(
    join(o.reportDir, "results.json"),
    JSON.stringify(
      {
        protocol,
        role,
        endpoints: o.config.endpoints,
        options: o.config.options,
        timing: o.config.timing,
        claims: o.config.claims,
        durationMs: outcome.durationMs,
        requirements,
        // Per scenario (status, verdict, transcript): what src/report renders.
        scenarios: outcome.scenarios,
      },
      null,
      2,
    ),
  )
  return outcome
}

/** Requirement IDs that some scenario in the folder is tagged with. */
function taggedInFeatures(dir: string): Set<string> {
  const ids = new Set<string>()
  for (const f of readdirSync(dir, { recursive: true }) as string[]) {
    if (!f.endsWith(".feature")) continue
    for (const m of readFileSync(join(dir, f), "utf8").matchAll(
      new RegExp(`@(${requirementId.source})\\b`, "g"),
    ))
      ids.add(m[1])
  }
  return ids
}

function readNotCovered(dir: string): Record<string, string> {
  const file = join(dir, "not-covered.yaml")
  return existsSync(file)
    ? ((parse(readFileSync(file, "utf8")) as Record<string, string>) ?? {})
    : {}
}
