import { After, Before, setDefaultTimeout, Status } from "@cucumber/cucumber"
import { ScenarioRun, unclaimed } from "../../src/harness/scenario"
import { transcriptMediaType, verdictMediaType } from "../../src/harness/verdict"
import type { MarqueWorld } from "./world"

// A backstop only: every step has its own deadline derived from the IUT's timings.
setDefaultTimeout(60_000)

Before(async function (this: MarqueWorld, { pickle }) {
  const tags = pickle.tags.map(t => t.name)
  this.run = new ScenarioRun(this.parameters, tags)
  const reason = unclaimed(this.parameters, tags)
  if (reason) {
    this.attach(JSON.stringify({ observations: [], skipReason: reason }), verdictMediaType)
    return Status.SKIPPED.toLowerCase() as "skipped"
  }
  await this.run.open()
  return undefined
})

After(async function (this: MarqueWorld, { result, error }) {
  if (result?.status === Status.SKIPPED) return
  await this.closeDrivers()
  const verdict = await this.run.close(error)
  this.attach(JSON.stringify(verdict), verdictMediaType)
  this.attach(JSON.stringify(this.run.transcript.entries), transcriptMediaType)
  this.attach(this.run.transcript.toText(), "text/plain")
  if (!error && verdict.failure) throw new Error(verdict.failure.detail)
})
