import type { WorldView } from "../../../harness/module"
import { ServerUnderTest } from "./server-under-test"

/** What FLP's steps reach as `this.p`, made on first use. */
export class FlpDrivers {
  private serverIut?: ServerUnderTest

  constructor(private readonly world: WorldView) {}

  get server(): ServerUnderTest {
    const id = this.world.options["server-identity"] as string | undefined
    this.serverIut ??= new ServerUnderTest(this.world.run, id || undefined)
    return this.serverIut
  }

  async close(): Promise<void> {
    await this.serverIut?.close()
  }
}
