import type { WorldView } from "../../../harness/module"
import { ClientUnderTest } from "./client-under-test"
import { ServerUnderTest } from "./server-under-test"

/** What the Reliable Freelance steps reach as `this.p`, made on first use. */
export class RflDrivers {
  private serverIut?: ServerUnderTest
  private clientIut?: ClientUnderTest

  constructor(private readonly world: WorldView) {}

  get server(): ServerUnderTest {
    this.serverIut ??= new ServerUnderTest(this.world.run)
    return this.serverIut
  }

  /** The suite as the three servers of a client under test. */
  get client(): ClientUnderTest {
    const o = this.world.options
    this.clientIut ??= new ClientUnderTest(this.world.run, {
      timeoutMs: o["client-timeout-ms"] as number,
      retries: o["client-retries"] as number,
      retryBaseMs: o["retry-base-ms"] as number,
      heartbeatMs: o["heartbeat-ms"] as number,
      heartbeatTimeoutMs: o["client-heartbeat-timeout-ms"] as number,
    })
    return this.clientIut
  }

  async close(): Promise<void> {
    await Promise.all([this.serverIut?.close(), this.clientIut?.close()])
  }
}
