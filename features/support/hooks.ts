import { After, Before, setDefaultTimeout, setDefinitionFunctionWrapper, Status } from "@cucumber/cucumber"
import { cannotRun, ScenarioRun } from "../../src/harness/scenario"
import { transcriptMediaType, verdictMediaType } from "../../src/harness/verdict"
import type { MarqueWorld } from "./world"

// Cucumber hands After hooks the error of the last step run, which is lost
// once a later step is skipped; keep the first error that stopped the scenario.
setDefinitionFunctionWrapper((fn: (...args: unknown[]) => unknown) =>
  async function (this: MarqueWorld, ...args: unknown[]) {
    try {
      return await fn.apply(this, args)
    } catch (err) {
      this.firstError ??= err
      throw err
    }
  },
)

// A backstop only: every step has its own deadline derived from the IUT's timings.
setDefaultTimeout(60_000)

Before(async function (this: MarqueWorld, { pickle }) {
  const tags = pickle.tags.map(t => t.name)
  this.run = new ScenarioRun(this.parameters, tags)
  const reason = await cannotRun(this.parameters, tags)
  if (reason) {
    this.attach(JSON.stringify({ observations: [], skipReason: reason }), verdictMediaType)
    return Status.SKIPPED.toLowerCase() as "skipped"
  }
  await this.run.open()
  return undefined
})

After(async function (this: MarqueWorld, { result }) {
  if (result?.status === Status.SKIPPED) return
  const error = this.firstError
  await this.closeDrivers()
  const verdict = await this.run.close(error)
  this.attach(JSON.stringify(verdict), verdictMediaType)
  this.attach(JSON.stringify(this.run.transcript.entries), transcriptMediaType)
  this.attach(this.run.transcript.toText(), "text/plain")
  if (!error && verdict.failure) throw new Error(verdict.failure.detail)
})
