import type { WorldView } from "../../../harness/module"
import { ServerUnderTest } from "./server-under-test"

/** What the Reliable Freelance steps reach as `this.p`, made on first use. */
export class RflDrivers {
  private serverIut?: ServerUnderTest

  constructor(private readonly world: WorldView) {}

  get server(): ServerUnderTest {
    this.serverIut ??= new ServerUnderTest(this.world.run)
    return this.serverIut
  }

  async close(): Promise<void> {
    await this.serverIut?.close()
  }
}
