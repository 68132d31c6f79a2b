import {
  setWorldConstructor,
  World,
  type IWorldOptions,
} from "@cucumber/cucumber"
import { protocolNamed } from "../../protocols/registry"
import type { SuiteConfig } from "../config"
import type { OptionValue, ProtocolModule, WorldView } from "../module"
import type { ScenarioRun } from "../scenario"
import type { Duration } from "../timing"

/**
 * Per-scenario state: the run (IUT processes, transcript, timing) and the
 * drivers of the protocol under test, which its module makes on first use
 * and its steps reach as `this.p`.
 */
export class MarqueWorld<Drivers = unknown>
  extends World<SuiteConfig>
  implements WorldView
{
  run!: ScenarioRun
  /** The first error any step or hook threw in this scenario. */
  firstError?: unknown
  private made?: Drivers

  constructor(options: IWorldOptions<SuiteConfig>) {
    super(options)
  }

  get protocol(): string {
    return this.parameters.protocol
  }

  get role(): string {
    return this.parameters.role
  }

  get options(): Readonly<Record<string, OptionValue>> {
    return this.parameters.options
  }

  private get module(): ProtocolModule<Drivers> {
    return protocolNamed(this.protocol).module as ProtocolModule<Drivers>
  }

  /** The protocol's drivers for this scenario. */
  get p(): Drivers {
    this.made ??= this.module.drivers(this)
    return this.made
  }

  ms(d: Duration): number {
    return this.run.timing.ms(d)
  }

  async closeDrivers(): Promise<void> {
    if (this.made !== undefined) await this.module.closeDrivers?.(this.made)
  }
}

setWorldConstructor(MarqueWorld)
