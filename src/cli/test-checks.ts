import { accessSync, constants, mkdirSync } from "node:fs"
import parseTags from "@cucumber/tag-expressions"
import { isLiteralEndpoint } from "../core/endpoint"
import { UsageError } from "../errors"
import type { SuiteConfig } from "../harness/config"
import { bindProblem } from "../harness/endpoints"
import type { RoleSpec } from "../harness/module"

/**
 * What `marque test` checks of its input before the first scenario, so a
 * mistake is one usage error (exit 2) naming the flag, not every scenario
 * failed on the IUT or in error (issue 13, item 4).
 */

/** A tag expression Cucumber cannot parse: a usage error, not its stack trace. */
export function tagProblem(tags: string): void {
  try {
    parseTags(tags)
  } catch (err) {
    throw new UsageError(`--tags: ${(err as Error).message}`)
  }
}

/**
 * A literal endpoint that the suite binds (for a worker or client IUT), or
 * that an IUT the suite starts must bind, already taken: a usage error
 * naming it before any scenario, not every scenario failed or in error.
 */
export async function literalEndpointsFree(
  config: SuiteConfig,
  spec: RoleSpec,
): Promise<void> {
  // An IUT may serve two placeholders on one socket (an MDP broker's
  // {endpoint} and {backend}); two sockets of the suite cannot share one.
  const suiteBinds = new Map<string, string>()
  for (const [key, template] of Object.entries(config.endpoints)) {
    const e = spec.endpoints[key]
    if (!e || (e.bind === "iut" && !config.start)) continue
    for (const endpoint of template.split(",")) {
      const literal = isLiteralEndpoint(endpoint)
      const twice = e.bind === "suite" && literal && suiteBinds.get(endpoint)
      if (twice)
        throw new UsageError(
          `--${key} and --${twice} are both ${endpoint}: the suite binds each, so each needs its own endpoint`,
        )
      if (literal && e.bind === "suite") suiteBinds.set(endpoint, key)
      const why = literal ? await bindProblem(endpoint) : undefined
      if (why)
        throw new UsageError(
          `--${key} ${endpoint}: ${why}; ${e.bind === "suite" ? "the suite binds it for the IUT to connect to" : "the IUT the suite starts must bind it"} (use {port} for a free port per scenario)`,
        )
    }
  }
}

/** The report folder, made now: one that cannot be written fails before any scenario runs. */
export function writableDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true })
    accessSync(dir, constants.W_OK)
  } catch (err) {
    throw new UsageError(
      `--report-dir ${dir}: cannot write there (${(err as Error).message})`,
    )
  }
}
