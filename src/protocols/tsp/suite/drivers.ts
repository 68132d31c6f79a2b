import type { WorldView } from "../../../harness/module"
import { ServerUnderTest } from "./server-under-test"

/** What Titanic's steps reach as `this.p`: the suite around the IUT, made on first use. */
export class TspDrivers {
  private made?: ServerUnderTest

  constructor(private readonly world: WorldView) {}

  /** The suite as broker, workers and client around a Titanic server under test. */
  get server(): ServerUnderTest {
    this.made ??= new ServerUnderTest(this.world)
    return this.made
  }

  async close(): Promise<void> {
    await this.made?.close()
  }
}
