import { renderFrame } from "../../../codec"
import type { ScenarioRun } from "../../../harness/scenario"
import { ConformanceFailure } from "../../../harness/verdict"
import type { DriverContext } from "./context"
import {
  gradeHeartbeat,
  heartbeatWindow,
} from "../../../harness/heartbeat-grade"
import type { FromWorker } from "./dialect"
import { FakeBroker, type FromPeer } from "./fake-broker"

type Msg = FromPeer<FromWorker>

/**
 * The suite as the broker for a worker under test: binds, starts the worker
 * with {endpoint} and {service}, and follows the worker's connection (its
 * ROUTER identity) across reconnects.
 */
export class WorkerUnderTest {
  readonly broker: FakeBroker
  /** The worker's current connection, from its latest READY. */
  connection?: Buffer
  service = ""
  /** The connection the suite gave up on. */
  private forgotten?: Buffer
  /** Connections the worker did not open itself that may speak before READY (a reconnect by ZeroMQ). */
  private strangers = 0

  constructor(
    readonly ctx: DriverContext,
    private readonly run: ScenarioRun,
  ) {
    this.broker = new FakeBroker(ctx)
  }

  private onCurrent = (m: Msg) =>
    !!this.connection && m.id.equals(this.connection)

  /** MDP-27: a second READY on one connection is wrong wherever the suite sees it. */
  private noSecondReady = (m: Msg): false => {
    if (this.onCurrent(m) && m.msg.command === "READY") {
      throw new ConformanceFailure(
        this.ctx.dialect.rules.secondReady,
        `no second READY on connection ${renderFrame(m.id)}`,
        "a second READY on it",
      )
    }
    return false
  }

  async start(service: string): Promise<void> {
    this.service = service
    const endpoint = await this.broker.bind(this.run.bindEndpoint())
    await this.run.startIut(endpoint, { service })
  }

  /** MDP-24: the first thing a worker says on a new connection is READY for its service. */
  async expectReady(within: number): Promise<void> {
    const m = await this.broker.expectFromWorker(
      within,
      `READY for "${this.service}" as the worker's first message`,
      () => true,
    )
    this.requireReady(m)
    this.connection = m.id
  }

  private requireReady(m: Msg): void {
    if (m.msg.command !== "READY") {
      throw new ConformanceFailure(
        this.ctx.dialect.rules.readyFirst,
        `READY first on a new connection`,
        `${m.msg.command} first on ${renderFrame(m.id)}`,
      )
    }
    if (m.msg.service !== this.service) {
      throw new ConformanceFailure(
        this.ctx.dialect.rules.readyService,
        `READY for service "${this.service}"`,
        `READY for service "${m.msg.service}"`,
      )
    }
  }

  async registered(service: string): Promise<void> {
    await this.start(service)
    await this.expectReady(
      this.ctx.timing.reply + this.run.config.startTimeoutMs,
    )
    this.broker.startHeartbeats(this.connection!)
  }

  async request(client: string, body: Buffer[]): Promise<void> {
    await this.broker.sendRequest(this.connection!, clientAddress(client), body)
  }

  /**
   * The answer that ends the request on the current connection (REPLY in
   * 0.1; in 0.2 any PARTIALs, then FINAL), each carrying the client address.
   */
  async expectReply(
    client: string,
    within: number,
    /** Sees every answer first; true: it was an answer to something else, passed over. */
    stray?: (answer: { client: Buffer; body: Buffer[] }) => boolean,
  ): Promise<void> {
    const final = this.ctx.dialect.final
    const isPartial = (x: Msg) =>
      this.onCurrent(x) && x.msg.command === "PARTIAL" && final === "FINAL"
    for (;;) {
      const m = await this.broker.expectFromWorker(
        within,
        `${final} for ${client} within ${Math.round(within)} ms`,
        x =>
          this.noSecondReady(x) ||
          (this.onCurrent(x) && (x.msg.command === final || isPartial(x))),
        x => this.onCurrent(x) && x.msg.command === "HEARTBEAT",
      )
      // An answer to a message the suite sent to test the worker is judged by that test.
      if ("client" in m.msg && stray?.(m.msg)) continue
      this.requireAddress(m, client)
      if (m.msg.command === final) return
    }
  }

  private requireAddress(m: Msg, client: string): void {
    if ("client" in m.msg && !m.msg.client.equals(clientAddress(client))) {
      throw new ConformanceFailure(
        this.ctx.dialect.rules.clientAddress,
        `${m.msg.command} with client address ${renderFrame(clientAddress(client))} copied from the REQUEST`,
        `client address ${renderFrame(m.msg.client)}`,
      )
    }
  }

  async expectHeartbeats(
    n: number,
    gap: number,
    state = "idle",
  ): Promise<void> {
    const window = heartbeatWindow(this.ctx, gap)
    for (let i = 1; i <= n; i++) {
      const what = `HEARTBEAT ${i} of ${n} from the ${state} worker`
      const t0 = performance.now()
      await this.broker.expectFromWorker(
        window,
        `${what}, within ${Math.round(gap)} ms of the last (at the latest within the liveness window, ${Math.round(window)} ms)`,
        x =>
          this.noSecondReady(x) ||
          (this.onCurrent(x) && x.msg.command === "HEARTBEAT"),
      )
      gradeHeartbeat(
        this.ctx,
        this.ctx.dialect.rules.heartbeat,
        what,
        performance.now() - t0,
        gap,
      )
    }
  }

  goSilent(): void {
    this.broker.stopHeartbeats()
  }

  async disconnect(): Promise<void> {
    this.broker.stopHeartbeats()
    await this.broker.sendDisconnect(this.connection!)
  }

  /**
   * A new conversation: READY on a new connection. `oldMayTalk` lists what the
   * old connection may still send meanwhile (a worker heartbeats until it
   * notices the broker is gone; after DISCONNECT it must say nothing).
   */
  async expectNewReady(within: number, oldMayTalk: boolean): Promise<void> {
    const old = this.connection
    const onOld = (x: Msg) => !!old && x.id.equals(old)
    // A silent new connection is blamed on the scenario's rule; after
    // DISCONNECT, anything on the old one breaks the rule of silence.
    const m = await this.broker.expectFromWorker(
      within,
      `READY on a new connection within ${Math.round(within)} ms`,
      x => this.noSecondReady(x) || !onOld(x) || !oldMayTalk,
      x => oldMayTalk && onOld(x) && x.msg.command === "HEARTBEAT",
    )
    if (onOld(m)) {
      throw new ConformanceFailure(
        this.ctx.dialect.rules.quietAfterDisconnect,
        `nothing more on connection ${renderFrame(m.id)} after DISCONNECT`,
        `${m.msg.command} on it`,
      )
    }
    this.requireReady(m)
    this.connection = m.id
    this.broker.startHeartbeats(m.id)
  }

  /**
   * The suite, as a broker that found the worker dead (MDP-44), forgets its
   * connection and stops heartbeating it (MDP-46).
   */
  forget(): void {
    this.broker.stopHeartbeats()
    this.forgotten = this.connection
    this.connection = undefined
  }

  /**
   * The broker crashes and restarts on the same endpoint: it knows no worker,
   * and the worker's ZeroMQ socket reconnects by itself, so one connection
   * the worker did not open may speak before READY.
   */
  async brokerRestarts(): Promise<void> {
    this.forget()
    this.strangers = 1
    await this.broker.restart()
  }

  /**
   * After the suite lost the worker, the worker must come back with READY on
   * a connection it opened for it. With `disconnect`, the suite acts as a
   * broker meeting a worker it does not know (MDP-33): anything but READY on
   * an old connection gets DISCONNECT, and the worker must open a new socket
   * (MDP-36). Without, the suite stays silent (MDP-46) and the worker must
   * notice on its own (MDP-44, MDP-45). Either way a new connection starts
   * with READY (MDP-24).
   */
  async expectBack(within: number, disconnect: boolean): Promise<void> {
    const old = new Set(this.forgotten ? [key(this.forgotten)] : [])
    const told = new Set<string>()
    const deadline = performance.now() + within
    for (;;) {
      const rule =
        told.size > 0 ? this.ctx.dialect.rules.newSocket : this.ctx.primaryRule
      const m = await this.broker.expectFromWorker(
        deadline - performance.now(),
        `READY on a new connection within ${Math.round(within)} ms`,
        () => true,
        undefined,
        rule,
      )
      const id = key(m.id)
      if (!old.has(id) && m.msg.command !== "READY" && this.strangers > 0) {
        this.strangers--
        old.add(id)
      }
      if (old.has(id)) {
        if (m.msg.command === "READY") this.rejectOldReady(m, told.has(id))
        if (disconnect && !told.has(id)) {
          told.add(id)
          await this.broker.sendDisconnect(m.id)
        }
        continue
      }
      this.requireReady(m)
      this.connection = m.id
      this.broker.startHeartbeats(m.id)
      return
    }
  }

  private rejectOldReady(m: Msg, told: boolean): never {
    if (told)
      throw new ConformanceFailure(
        this.ctx.dialect.rules.newSocket,
        "READY on a new socket after DISCONNECT",
        `READY again on ${renderFrame(m.id)}, the connection told DISCONNECT`,
      )
    throw new ConformanceFailure(
      this.ctx.dialect.rules.secondReady,
      `READY on a new connection, not a second one on ${renderFrame(m.id)}`,
      "a second READY on it",
    )
  }

  /** For `ms` the worker stays on its connection: no READY at all, old or new. */
  async expectStays(ms: number): Promise<void> {
    await this.broker.expectWorkerQuiet(
      ms,
      `the worker keeps its connection (no READY) for ${Math.round(ms)} ms`,
      x => this.noSecondReady(x) || this.onCurrent(x),
    )
  }

  /** Requests only, no HEARTBEAT from the suite, for `ms`: every command counts as a heartbeat. */
  async requestsOnly(ms: number): Promise<void> {
    this.broker.stopHeartbeats()
    const end = performance.now() + ms
    for (let i = 0; performance.now() < end; i++) {
      await this.request("keepalive", [Buffer.from(`ping ${i}`)])
      await this.expectReply("keepalive", this.ctx.timing.reply)
      await new Promise(r => setTimeout(r, this.ctx.timing.heartbeatMs / 2))
    }
  }

  async close(): Promise<void> {
    await this.broker.close()
  }
}

const key = (id: Buffer) => id.toString("hex")

export function clientAddress(name: string): Buffer {
  return Buffer.from(`C-${name}`)
}
