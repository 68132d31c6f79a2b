import { ConformanceFailure } from "../../../harness/verdict"
import type { DriverContext } from "./context"
import { LiveWorker } from "./live-worker"
import { LoadClients } from "./load-clients"

/**
 * A broker under test with traffic through it: conforming workers that live
 * on their own and clients that keep requests flowing. Judges what holds
 * across a fault: every worker is served again, and nothing the workers and
 * clients saw broke a rule.
 */
export class BrokerUnderLoad {
  private readonly workers: LiveWorker[] = []
  private clients?: LoadClients

  constructor(
    private readonly ctx: DriverContext,
    private readonly svc: (name: string) => string,
  ) {}

  /** Workers that take their time (a tenth of an interval), so requests queue. */
  workersServe(n: number, service: string): void {
    const busyMs = Math.max(5, this.ctx.timing.heartbeatMs / 10)
    for (let i = 1; i <= n; i++) {
      const w = new LiveWorker(`live${i}`, this.ctx, this.svc(service), busyMs)
      this.workers.push(w)
      w.start()
    }
  }

  /** Starts the clients and waits until every worker has served some of their requests. */
  async clientsFlow(n: number, service: string): Promise<void> {
    this.clients = new LoadClients(this.ctx, this.svc(service))
    this.clients.start(n)
    await this.until(
      this.ctx.timing.reply * 2,
      () => this.workers.every(w => w.served > 0),
      "every worker serving the clients' requests",
    )
    this.ctx.transcript.note(
      "suite",
      `under load: ${this.clients.replies} replies, ${this.describe()}`,
    )
  }

  /** After the fault at `since`: each worker on a new connection with READY, and served there. */
  async expectAllBack(since: number, within: number): Promise<void> {
    const back = (w: LiveWorker) => w.readyAt > since && w.servedAt > w.readyAt
    await this.until(
      within,
      () => this.workers.every(back),
      `every worker back with READY on a new connection and served there, within ${Math.round(within)} ms`,
    )
    this.ctx.transcript.note("suite", `all back: ${this.describe()}`)
  }

  private async until(
    within: number,
    done: () => boolean,
    expected: string,
  ): Promise<void> {
    const deadline = performance.now() + within
    for (;;) {
      this.failOnViolation()
      const gone = this.ctx.iutGone?.()
      if (gone)
        throw new ConformanceFailure(this.ctx.primaryRule, expected, gone)
      if (done()) return
      if (performance.now() > deadline)
        throw new ConformanceFailure(
          this.ctx.primaryRule,
          expected,
          this.describe(),
        )
      await new Promise(r => setTimeout(r, 20))
    }
  }

  private failOnViolation(): void {
    const v =
      this.workers.find(w => w.violations.first)?.violations.first ??
      this.clients?.violations.first
    if (v) throw v
  }

  private describe(): string {
    const now = performance.now()
    const ago = (t: number) => (t ? `${Math.round(now - t)} ms ago` : "never")
    return this.workers
      .map(
        w =>
          `${w.name}: ${w.connections} connection(s), ${w.disconnects} DISCONNECT(s), READY ${ago(w.readyAt)}, ${w.served} served, last ${ago(w.servedAt)}`,
      )
      .join("; ")
  }

  async close(): Promise<void> {
    await Promise.all([
      this.clients?.stop(),
      ...this.workers.map(w => w.stop()),
    ])
  }
}
