import { setWorldConstructor, World, type IWorldOptions } from "@cucumber/cucumber"
import type { SuiteConfig } from "../../src/harness/config"
import { BrokerSession } from "../../src/harness/drivers/mdp/broker-session"
import type { ScenarioRun } from "../../src/harness/scenario"

/** Per-scenario state: the run (IUT, transcript, timing) and the MDP drivers. */
export class MarqueWorld extends World<SuiteConfig> {
  run!: ScenarioRun
  /** The first error any step or hook threw in this scenario. */
  firstError?: unknown
  private mdp?: BrokerSession

  constructor(options: IWorldOptions<SuiteConfig>) {
    super(options)
  }

  get broker(): BrokerSession {
    this.mdp ??= new BrokerSession(
      {
        transcript: this.run.transcript,
        timing: this.run.timing,
        clientEndpoint: this.run.clientEndpoint,
        workerEndpoint: this.run.workerEndpoint,
        primaryRule: this.run.primaryRule,
      },
      { isolate: !this.run.isolated, mmi: this.parameters.claims.mmi },
    )
    return this.mdp
  }

  ms(d: import("../../src/harness/timing").Duration): number {
    return this.run.timing.ms(d)
  }

  async closeDrivers(): Promise<void> {
    await this.mdp?.close()
  }
}

setWorldConstructor(MarqueWorld)
