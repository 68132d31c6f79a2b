import { decodeReply } from "../../../generated/lazy-pirate"
import type { DriverContext } from "./context"
import { SuiteClient } from "./suite-client"

/**
 * The suite as the clients of a plain REP server under test (LPC-17,
 * LPC-18): DEALERs that frame requests as REQ does and see every reply.
 */
export class ServerUnderTest {
  private readonly clients = new Map<string, SuiteClient>()

  constructor(
    private readonly ctx: DriverContext,
    private readonly endpoint: () => string,
  ) {}

  client(name: string): SuiteClient {
    let c = this.clients.get(name)
    if (!c) {
      c = new SuiteClient(name, this.ctx, this.endpoint(), decodeReply, {
        routing: "LPC-17",
        content: "LPC-18",
      })
      this.clients.set(name, c)
    }
    return c
  }

  /** The client's process dies: its socket closes with LINGER 0. */
  async vanish(name: string): Promise<void> {
    await this.client(name).close()
    this.ctx.transcript.note("suite", `client ${name} vanished`)
  }

  async close(): Promise<void> {
    await Promise.all([...this.clients.values()].map(c => c.close()))
  }
}
