import { awaitMessage, expectQuiet } from "../../../harness/expect"
import { RawPeer } from "../../../harness/peers"
import { ConformanceFailure } from "../../../harness/verdict"
import type { DriverContext } from "./context"
import {
  gradeHeartbeat,
  heartbeatWindow,
} from "../../../harness/heartbeat-grade"
import type { Answer, ToWorker } from "./dialect"

type WorkerRequest = Extract<ToWorker, { command: "REQUEST" }>

const isHeartbeat = (m: ToWorker) => m.command === "HEARTBEAT"
const describe = (m: ToWorker) => m.command

/**
 * The suite playing a Majordomo worker: frame-exact, so it can also send what
 * a real worker never would. Heartbeats on its own while "alive" so the
 * broker under test keeps it registered for the length of a scenario.
 */
export class FakeWorker {
  readonly peer: RawPeer
  lastRequest?: WorkerRequest
  private heartbeat?: NodeJS.Timeout
  private readonly decode: (
    f: Buffer[],
  ) => ReturnType<DriverContext["dialect"]["decodeToWorker"]>

  constructor(
    readonly name: string,
    private readonly ctx: DriverContext,
    endpoint = ctx.workerEndpoint,
  ) {
    this.peer = new RawPeer(`worker ${name}`, ctx.transcript)
    this.peer.connect(endpoint)
    this.decode = ctx.dialect.decodeToWorker
  }

  async ready(service: string, heartbeats = true): Promise<void> {
    await this.peer.send(this.ctx.dialect.ready(service))
    if (heartbeats) this.startHeartbeats()
  }

  startHeartbeats(): void {
    this.stopHeartbeats()
    this.heartbeat = setInterval(() => {
      this.peer.send(this.ctx.dialect.heartbeat()).catch(() => {})
    }, this.ctx.timing.heartbeatMs)
  }

  stopHeartbeats(): void {
    clearInterval(this.heartbeat)
    this.heartbeat = undefined
  }

  async sendHeartbeat(): Promise<void> {
    await this.peer.send(this.ctx.dialect.heartbeat())
  }

  async sendDisconnect(): Promise<void> {
    this.stopHeartbeats()
    await this.peer.send(this.ctx.dialect.disconnect())
  }

  /** The answer that ends the request (REPLY in 0.1, FINAL in 0.2), or a 0.2 PARTIAL. */
  async reply(
    body: Buffer[],
    client = this.lastRequest?.client,
    kind: Answer = this.ctx.dialect.final,
  ): Promise<void> {
    if (!client)
      throw new Error(`worker ${this.name} has no request to reply to`)
    if (kind === this.ctx.dialect.final) this.lastRequest = undefined
    await this.peer.send(this.ctx.dialect.answer(kind, client, body))
  }

  /** The next REQUEST; HEARTBEATs may come first. */
  async expectRequest(
    within: number,
    expected: string,
    rule = this.ctx.primaryRule,
  ): Promise<WorkerRequest> {
    const m = await awaitMessage(this.peer, this.decode, {
      gone: this.ctx.iutGone,
      within,
      rule,
      expected,
      accept: m => m.command === "REQUEST",
      skip: isHeartbeat,
      describe,
    })
    this.lastRequest = m as WorkerRequest
    return this.lastRequest
  }

  async expectDisconnect(
    within: number,
    rule = this.ctx.primaryRule,
  ): Promise<void> {
    await awaitMessage(this.peer, this.decode, {
      gone: this.ctx.iutGone,
      within,
      rule,
      expected: `DISCONNECT to ${this.name} within ${Math.round(within)} ms`,
      accept: m => m.command === "DISCONNECT",
      skip: isHeartbeat,
      describe,
    })
    this.stopHeartbeats()
  }

  /** n HEARTBEATs, each within `gap` ms of the one before (the first of now). */
  async expectHeartbeats(
    n: number,
    gap: number,
    rule = this.ctx.primaryRule,
  ): Promise<void> {
    const window = heartbeatWindow(this.ctx, gap)
    for (let i = 1; i <= n; i++) {
      const what = `HEARTBEAT ${i} of ${n} to idle ${this.name}`
      const t0 = performance.now()
      await awaitMessage(this.peer, this.decode, {
        gone: this.ctx.iutGone,
        within: window,
        rule,
        expected: `${what}, within ${Math.round(gap)} ms of the last (at the latest within the liveness window, ${Math.round(window)} ms)`,
        accept: isHeartbeat,
        describe,
      })
      gradeHeartbeat(this.ctx, rule, what, performance.now() - t0, gap)
    }
  }

  /** For `ms`, nothing arrives but what `allow` lets through. */
  async expectOnly(
    ms: number,
    allowed: ReadonlyArray<ToWorker["command"]>,
    expected: string,
    rule = this.ctx.primaryRule,
  ): Promise<void> {
    const seen = await expectQuiet(this.peer, this.decode, {
      for: ms,
      rule,
      expected,
      allow: m => allowed.includes(m.command),
      describe,
    })
    if (seen.some(m => m.command === "DISCONNECT")) this.stopHeartbeats()
  }

  /** Discards what arrived so far, but still judges its framing. */
  async drain(): Promise<void> {
    await expectQuiet(this.peer, this.decode, {
      for: 0,
      rule: this.ctx.primaryRule,
      expected: "",
      allow: () => true,
      describe,
    })
  }

  requireRequestFrom(
    req: WorkerRequest,
    clientId: Buffer,
    body: Buffer[],
    rule: string,
  ): void {
    if (!req.client.equals(clientId)) {
      throw new ConformanceFailure(
        this.ctx.dialect.rules.clientAddress,
        `client address frame ${JSON.stringify(clientId.toString("latin1"))} (the identity the broker saw)`,
        `client address ${JSON.stringify(req.client.toString("latin1"))}`,
      )
    }
    if (!sameFrames(req.body, body)) {
      throw new ConformanceFailure(
        rule,
        `body ${showFrames(body)} unchanged`,
        `body ${showFrames(req.body)}`,
      )
    }
  }

  async close(): Promise<void> {
    this.stopHeartbeats()
    await this.peer.close()
  }
}

export function sameFrames(
  a: readonly Buffer[],
  b: readonly Buffer[],
): boolean {
  return a.length === b.length && a.every((f, i) => f.equals(b[i]))
}

export function showFrames(frames: readonly Buffer[]): string {
  return frames.map(f => `[${JSON.stringify(f.toString("latin1"))}]`).join("")
}
