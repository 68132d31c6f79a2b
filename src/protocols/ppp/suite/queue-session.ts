import type { HeartbeatJudge } from "../../../harness/heartbeat-grade"
import { decodeReply } from "../../../generated/lazy-pirate"
import type { DriverContext } from "../../lazy-pirate/suite/context"
import { SuiteClient } from "../../lazy-pirate/suite/suite-client"
import { LiveWorker } from "./live-worker"
import { SuiteWorker } from "./suite-worker"

/**
 * The suite's peers around a queue under test: Lazy Pirate clients on the
 * frontend (their routing is LPC-17's, the queue standing in for the REP
 * server) and 6/PPP workers on the backend, each by the name the feature
 * gives it.
 */
export class QueueSession {
  private readonly clients = new Map<string, SuiteClient>()
  private readonly workers = new Map<string, SuiteWorker>()
  private readonly live: LiveWorker[] = []

  constructor(
    private readonly ctx: DriverContext & HeartbeatJudge,
    private readonly endpoint: (placeholder: string) => string,
  ) {}

  client(name: string): SuiteClient {
    let c = this.clients.get(name)
    if (!c) {
      c = new SuiteClient(
        name,
        this.ctx,
        this.endpoint("frontend"),
        decodeReply,
        { routing: "LPC-17", content: "LPC-17" },
      )
      this.clients.set(name, c)
    }
    return c
  }

  /** The named worker; `at` connects a new one elsewhere (over a network link). */
  worker(name: string, at?: string): SuiteWorker {
    let w = this.workers.get(name)
    if (!w) {
      w = new SuiteWorker(name, this.ctx, at ?? this.endpoint("backend"))
      this.workers.set(name, w)
    }
    return w
  }

  /** `n` conforming workers that serve and come back on their own. */
  liveWorkers(n: number): void {
    for (let i = 1; i <= n; i++)
      this.live.push(
        new LiveWorker(`live-${i}`, this.ctx, this.endpoint("backend")),
      )
  }

  /** The first malformed message a conforming worker got, to report before what it caused. */
  throwLiveViolation(): void {
    const first = this.live.find(w => w.violations.first)?.violations.first
    if (first) throw first
  }

  async close(): Promise<void> {
    await Promise.all([
      ...[...this.clients.values()].map(c => c.close()),
      ...[...this.workers.values()].map(w => w.close()),
      ...this.live.map(w => w.close()),
    ])
  }
}
