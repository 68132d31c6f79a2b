import type { WorldView } from "../../../harness/module"
import { ClientUnderTest } from "./client-under-test"
import { ServerUnderTest } from "./server-under-test"

/** What Titanic's steps reach as `this.p`: the suite around the IUT, made on first use. */
export class TspDrivers {
  private serverIut?: ServerUnderTest
  private clientIut?: ClientUnderTest

  constructor(private readonly world: WorldView) {}

  /** The suite as broker, workers and client around a Titanic server under test. */
  get server(): ServerUnderTest {
    this.serverIut ??= new ServerUnderTest(this.world)
    return this.serverIut
  }

  /** The suite as broker and Titanic server around a Titanic client under test. */
  get client(): ClientUnderTest {
    this.clientIut ??= new ClientUnderTest(this.world)
    return this.clientIut
  }

  async close(): Promise<void> {
    await Promise.all([this.serverIut?.close(), this.clientIut?.close()])
  }
}
