import type { WorldView } from "../../../harness/module"
import { ClientUnderTest } from "./client-under-test"
import { PairUnderTest } from "./pair-under-test"

/** What Binary Star's steps reach as `this.p`, made on first use. */
export class BstarDrivers {
  private pairIut?: PairUnderTest
  private clientIut?: ClientUnderTest

  constructor(private readonly world: WorldView) {}

  /** The suite around a pair under test (role pair). */
  get pair(): PairUnderTest {
    this.pairIut ??= new PairUnderTest(this.world.run)
    return this.pairIut
  }

  /** The suite as the pair, for a client under test (role client). */
  get client(): ClientUnderTest {
    this.clientIut ??= new ClientUnderTest(this.world.run, this.world.options)
    return this.clientIut
  }

  async close(): Promise<void> {
    await Promise.all([this.pairIut?.close(), this.clientIut?.close()])
  }
}
