import { existsSync } from "node:fs"
import { join } from "node:path"
import { Writable } from "node:stream"
import {
  loadConfiguration,
  loadSources,
  runCucumber,
} from "@cucumber/cucumber/api"
import { UsageError } from "../errors"
import { packageRoot } from "../package-root"
import { protocolNamed } from "../protocols/registry"
import { ScenarioCollector, type ScenarioResult } from "./collect"
import type { SuiteConfig } from "./config"
import { featureDir } from "./protocol"

/** One Cucumber run over a protocol role's features, in the calling process. */
export interface CucumberJob {
  config: SuiteConfig
  /** Extra Cucumber tag expression, ANDed with the protocol and role. */
  tags?: string
  reportDir: string
  /** Only scenarios whose name matches one of these regexes (a rerun of one scenario). */
  names?: string[]
  /** Only these scenarios, as "uri:line" (what a resumed run has left); else all selected. */
  only?: string[]
  /** 1 for the first part of a run; a resumed part writes cucumber-<part>.html beside it. */
  part?: number
}

/** A scenario the run will execute, where it is written. */
export interface PlannedScenario {
  name: string
  /** "features/…/x.feature:12": the scenario's (or example row's) line. */
  where: string
}

/** What a job tells its caller as it goes. */
export interface JobWatcher {
  planned(scenarios: PlannedScenario[]): void
  start(name: string, requirements: readonly string[], where?: string): void
  finish(r: ScenarioResult): void
}

/** "uri:l1:l2" per feature file, the form Cucumber's paths select scenarios by line in. */
function pathsByLine(only: readonly string[]): string[] {
  const lines = new Map<string, string[]>()
  for (const w of only) {
    const at = w.lastIndexOf(":")
    const uri = w.slice(0, at)
    lines.set(uri, [...(lines.get(uri) ?? []), w.slice(at + 1)])
  }
  return [...lines].map(([uri, ls]) =>
    [join(packageRoot, uri), ...ls].join(":"),
  )
}

/**
 * Plans and runs the selected scenarios, telling `watcher` the plan, each
 * start and each result. Throws UsageError when nothing can run.
 */
export async function runCucumberJob(
  job: CucumberJob,
  watcher: JobWatcher,
): Promise<void> {
  const { protocol, role } = job.config
  const dir = featureDir(protocol, role)
  if (!existsSync(dir))
    throw new UsageError(
      `no conformance features for ${protocol} ${role} (looked in ${dir})`,
    )
  const part = job.part && job.part > 1 ? `-${job.part}` : ""
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
        paths: job.only ? pathsByLine(job.only) : [join(dir, "**/*.feature")],
        require: [
          join(__dirname, "cucumber/*.js"),
          // Only this protocol's steps: another protocol's "sends HEARTBEAT" never clashes.
          join(protocolNamed(protocol).module.steps, "*.js"),
        ],
        tags: job.tags ? `(${job.tags})` : "",
        name: job.names ?? [],
        format: [
          `html:${join(job.reportDir, `cucumber${part}.html`)}`,
          `message:${join(job.reportDir, `messages${part}.ndjson`)}`,
        ],
        worldParameters: JSON.parse(JSON.stringify(job.config)),
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
      `the tag filter "${job.tags}" selects no scenario for ${protocol} ${role}`,
    )
  watcher.planned(
    plan.map(p => ({ name: p.name, where: `${p.uri}:${p.location.line}` })),
  )
  const collector = new ScenarioCollector(r => watcher.finish(r), {
    plan: () => undefined,
    start: (name, reqs, where) => watcher.start(name, reqs, where),
  })
  await runCucumber(runConfiguration, env, collector.onMessage)
}
