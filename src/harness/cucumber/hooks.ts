import {
  After,
  Before,
  setDefaultTimeout,
  setDefinitionFunctionWrapper,
  Status,
} from "@cucumber/cucumber"
import { backstopMs, stepWatch, withinBackstop } from "../backstop"
import { curveTowardIut } from "../peers"
import { cannotRun, ScenarioRun } from "../scenario"
import { transcriptMediaType, verdictMediaType } from "../verdict"
import type { MarqueWorld } from "./world"

// Cucumber hands After hooks the error of the last step run, which is lost
// once a later step is skipped; keep the first error that stopped the scenario.
// Every step and hook also runs under a backstop scaled to the IUT's timings.
setDefinitionFunctionWrapper(
  (fn: (...args: unknown[]) => unknown) =>
    async function (this: MarqueWorld, ...args: unknown[]) {
      const ms = backstopMs(this.parameters)
      stepWatch.beat?.(ms)
      try {
        return await withinBackstop(fn.apply(this, args), ms)
      } catch (err) {
        this.firstError ??= err
        throw err
      } finally {
        stepWatch.beat?.(ms)
      }
    },
)

// The backstop above replaces Cucumber's fixed timeout, which cannot scale.
setDefaultTimeout(-1)

Before(async function (this: MarqueWorld, { pickle }) {
  const tags = pickle.tags.map(t => t.name)
  this.run = new ScenarioRun(this.parameters, tags)
  // Every peer the suite connects to the IUT speaks CURVE when the run does.
  const curve = this.parameters.curve
  curveTowardIut(curve && { serverKey: curve.serverKey, ...curve.client })
  const reason = await cannotRun(this.parameters, tags)
  if (reason) {
    this.attach(
      JSON.stringify({ observations: [], skipReason: reason }),
      verdictMediaType,
    )
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
