import type { WorldView } from "../../../harness/module"
import { ClientUnderTest } from "./client-under-test"
import { ServerUnderTest } from "./server-under-test"

/** What FLP's steps reach as `this.p`, made on first use. */
export class FlpDrivers {
  private serverIut?: ServerUnderTest
  private clientIut?: ClientUnderTest

  constructor(private readonly world: WorldView) {}

  get server(): ServerUnderTest {
    const id = this.world.options["server-identity"] as string | undefined
    this.serverIut ??= new ServerUnderTest(this.world.run, id || undefined)
    return this.serverIut
  }

  /** The suite as the three servers of a client under test. */
  get client(): ClientUnderTest {
    const o = this.world.options
    this.clientIut ??= new ClientUnderTest(this.world.run, {
      timeoutMs: o["client-timeout-ms"] as number,
      model3: o["client-model"] === 3,
    })
    return this.clientIut
  }

  async close(): Promise<void> {
    await Promise.all([this.serverIut?.close(), this.clientIut?.close()])
  }
}
