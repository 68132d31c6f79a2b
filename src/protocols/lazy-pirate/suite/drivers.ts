import type { WorldView } from "../../../harness/module"
import { ClientUnderTest } from "./client-under-test"
import type { DriverContext } from "./context"
import { ServerUnderTest } from "./server-under-test"

/** What Lazy Pirate's steps reach as `this.p`: the suite's peers, made on first use. */
export class LazyPirateDrivers {
  private clientIut?: ClientUnderTest
  private serverIut?: ServerUnderTest

  constructor(private readonly world: WorldView) {}

  private get ctx(): DriverContext {
    const { run } = this.world
    return {
      transcript: run.transcript,
      timing: run.timing,
      primaryRule: run.primaryRule,
      iutGone: run.iutGone,
    }
  }

  /** The suite as the server of a client under test. */
  get client(): ClientUnderTest {
    const o = this.world.options
    this.clientIut ??= new ClientUnderTest(this.ctx, this.world.run, {
      timeoutMs: o["client-timeout-ms"] as number,
      retries: o["client-retries"] as number,
    })
    return this.clientIut
  }

  /** The suite as the clients of a server under test. */
  get server(): ServerUnderTest {
    this.serverIut ??= new ServerUnderTest(this.ctx, () =>
      this.world.run.endpoint(),
    )
    return this.serverIut
  }

  /** Whether the client under test claims to number its requests (LPC-11). */
  get numbers(): boolean {
    return this.world.options["client-numbers"] !== false
  }

  async close(): Promise<void> {
    await Promise.all([this.clientIut?.close(), this.serverIut?.close()])
  }
}
