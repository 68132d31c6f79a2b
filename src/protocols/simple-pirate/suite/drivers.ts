import { decodeClientReply } from "../../../generated/simple-pirate"
import type { WorldView } from "../../../harness/module"
import type { DriverContext } from "../../lazy-pirate/suite/context"
import { SuiteClient } from "../../lazy-pirate/suite/suite-client"
import { SuiteWorker } from "./suite-worker"

/**
 * What Simple Pirate's steps reach as `this.p`: Lazy Pirate clients on the
 * queue's frontend (SPP-2) and REQ-framed workers on its backend (SPP-3),
 * each by the name the feature gives it.
 */
export class SimplePirateDrivers {
  private readonly clients = new Map<string, SuiteClient>()
  private readonly workers = new Map<string, SuiteWorker>()

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

  client(name: string): SuiteClient {
    let c = this.clients.get(name)
    if (!c) {
      const at = this.world.run.endpoint("frontend")
      c = new SuiteClient(name, this.ctx, at, decodeClientReply, {
        routing: "SPP-10",
        content: "SPP-10",
      })
      this.clients.set(name, c)
    }
    return c
  }

  worker(name: string): SuiteWorker {
    let w = this.workers.get(name)
    if (!w) {
      const at = this.world.run.endpoint("backend")
      w = new SuiteWorker(name, this.ctx, at, () =>
        [...this.clients.values()].map(c => c.id),
      )
      this.workers.set(name, w)
    }
    return w
  }

  /** SPP-8 first: a request that went missing may have gone to a busy worker. */
  async checkBusyWorkers(): Promise<void> {
    for (const w of this.workers.values()) await w.checkNothingWhileBusy()
  }

  /** The client's process dies: its socket closes with LINGER 0. */
  async vanish(name: string): Promise<void> {
    await this.client(name).close()
    this.world.run.transcript.note("suite", `client ${name} vanished`)
  }

  async close(): Promise<void> {
    await Promise.all([
      ...[...this.clients.values()].map(c => c.close()),
      ...[...this.workers.values()].map(w => w.close()),
    ])
  }
}
