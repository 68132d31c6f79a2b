import { Router } from "zeromq"
import { clientSecurity, type CurveClientKeys } from "../../../core/curve"
import { type Clock, systemClock } from "../../../core/clock"
import { type Logger, silentLogger } from "../../../core/log"
import { Outbox } from "../../../core/outbox"
import { tickPeriod, ticks } from "../../../core/ticker"
import { decodeToClient, encodeClientPing, spec } from "../../../generated/flp"
import type { ClientFault } from "./faults"
import { type ServerEntry, ServerTable } from "./servers"

export interface FlpClientOptions {
  /** Server endpoints; each is also that server's identity (FLP-10). */
  readonly servers: readonly string[]
  /** A request fails when no reply came within this (the Guide: 3000 ms). */
  readonly globalTimeoutMs?: number
  /** PING every server this often (FLP-13; the Guide: 2000 ms). */
  readonly pingIntervalMs?: number
  /** A server silent this long is dead (FLP-14; the Guide: 6000 ms). */
  readonly serverTtlMs?: number
  /** Fail over when the server in use has not replied within this. */
  readonly attemptTimeoutMs?: number
  /** Connect as a CURVE client (RFC 26); every server shares the one public key. */
  readonly curve?: CurveClientKeys
  readonly faults?: Iterable<ClientFault>
  readonly logger?: Logger
  readonly clock?: Clock
}

/** No server replied within the global timeout. */
export class FlpRequestFailed extends Error {
  override readonly name = "FlpRequestFailed"
  constructor(
    readonly timeoutMs: number,
    readonly heardFrom: number,
  ) {
    super(
      `no reply within ${timeoutMs} ms (${heardFrom} server${heardFrom === 1 ? "" : "s"} alive)`,
    )
  }
}

interface Outstanding {
  readonly ccf: string
  readonly body: Buffer[]
  readonly deadline: number
  attempt?: { server: ServerEntry; sentAt: number }
  failovers: number
  resolve(reply: Buffer[]): void
  reject(err: Error): void
}

/**
 * The Guide's model 3, the FLP client proper: one ROUTER (FLP-6) with no
 * identity (FLP-8), connected to every server and addressing each by its
 * identity (FLP-11). It PINGs every server each interval, dead ones too, so
 * that one coming back is noticed, and sends a request only to a server it
 * has heard from (FLP-C4). A request goes to one server at a time; when that
 * one drops its connection, refuses the send, or has not replied within the
 * attempt timeout, the same request (same CCF) goes to the next live server
 * (FLP-C2), and the first reply carrying that CCF wins (FLP-C1).
 *
 * Unlike flcliapi.c it does not resend to the same server on every loop, and
 * it does not count a server alive before it has answered. The ROUTER is
 * `immediate`, so nothing queues for a server that is down, and `mandatory`,
 * so a send to one fails at once instead of vanishing.
 */
export class FlpClient {
  private readonly router = new Router({
    linger: 0,
    mandatory: true,
    immediate: true,
    sendTimeout: 0,
  })
  private readonly outbox = new Outbox(this.router, 10_000)
  private readonly table: ServerTable
  private readonly clock: Clock
  private readonly log: Logger
  private readonly faults: ReadonlySet<ClientFault>
  private readonly abort = new AbortController()
  private readonly t: Required<
    Pick<
      FlpClientOptions,
      "globalTimeoutMs" | "pingIntervalMs" | "serverTtlMs" | "attemptTimeoutMs"
    >
  >
  private outstanding?: Outstanding
  private sequence = 0
  private loops: Promise<unknown>[] = []

  constructor(opts: FlpClientOptions) {
    if (opts.servers.length === 0) throw new RangeError("no servers given")
    const guide = spec.timing.model3
    this.t = {
      globalTimeoutMs: opts.globalTimeoutMs ?? guide.globalTimeoutMs,
      pingIntervalMs: opts.pingIntervalMs ?? guide.pingIntervalMs,
      serverTtlMs: opts.serverTtlMs ?? guide.serverTtlMs,
      attemptTimeoutMs: opts.attemptTimeoutMs ?? 1000,
    }
    this.clock = opts.clock ?? systemClock
    this.log = opts.logger ?? silentLogger()
    this.faults = new Set(opts.faults ?? [])
    this.table = new ServerTable(opts.servers, this.clock.now())
    // Before start() connects: each connection's handshake uses them.
    Object.assign(this.router, clientSecurity(opts.curve))
  }

  /** Connects to every server and starts pinging them. */
  start(): void {
    const period = tickPeriod(
      Math.min(this.t.pingIntervalMs, this.t.attemptTimeoutMs),
    )
    // The event observer first: events before it exists are never seen.
    this.loops = [this.watch(), this.receive(), this.tick(period)]
    for (const s of this.table.entries) this.router.connect(s.endpoint)
  }

  /** Sends one request and resolves to the reply body; one at a time. */
  request(body: Buffer[]): Promise<Buffer[]> {
    // FLP-3: a request has a body.
    if (body.length === 0) throw new RangeError("a request needs a body frame")
    if (this.outstanding) throw new Error("one request at a time")
    // FLP-5: the CCF is a sequence number, as in the Guide.
    const ccf = String(++this.sequence)
    return new Promise((resolve, reject) => {
      this.outstanding = {
        ccf,
        body,
        deadline: this.clock.now() + this.t.globalTimeoutMs,
        failovers: 0,
        resolve: reply => {
          this.outstanding = undefined
          resolve(reply)
        },
        reject: err => {
          this.outstanding = undefined
          reject(err)
        },
      }
      this.dispatch()
    })
  }

  /** How many servers count as alive now. */
  get alive(): number {
    return this.table.aliveCount(this.clock.now(), this.t.serverTtlMs)
  }

  async close(): Promise<void> {
    this.abort.abort()
    this.outstanding?.reject(new Error("client closed"))
    if (!this.router.closed) this.router.close()
    await Promise.allSettled(this.loops)
  }

  /** Sends the outstanding request on if it has no live attempt. */
  private dispatch(): void {
    const o = this.outstanding
    if (!o) return
    const now = this.clock.now()
    if (now >= o.deadline) {
      o.reject(new FlpRequestFailed(this.t.globalTimeoutMs, this.alive))
      return
    }
    const a = o.attempt
    if (a) {
      const late = now - a.sentAt >= this.t.attemptTimeoutMs
      if (!late && a.server.suspectAt < a.sentAt) return
      // Fault no-failover breaks FLP-C2: stay with the first server.
      if (this.faults.has("no-failover")) return
      if (late) this.suspect(a.server, "no reply in time")
      o.attempt = undefined
      o.failovers++
    }
    const server = this.table.pick(now, this.t.serverTtlMs)
    if (!server) return // waits for a PONG, or the deadline
    o.attempt = { server, sentAt: now }
    this.log.debug({
      event: "request-sent",
      ccf: o.ccf,
      server: server.endpoint,
    })
    this.outbox.send([server.endpoint, o.ccf, ...o.body]).catch(() => {
      if (o.attempt?.server !== server) return
      // Fault send-unheard: like flcliapi.c, try again on the next tick.
      if (this.faults.has("send-unheard")) {
        o.attempt = undefined
        return
      }
      // EHOSTUNREACH: its connection is gone; try the next one now.
      this.suspect(server, "send refused")
      this.dispatch()
    })
  }

  private suspect(server: ServerEntry, reason: string): void {
    server.suspectAt = this.clock.now()
    this.log.info({ event: "server-suspect", server: server.endpoint, reason })
  }

  private async receive(): Promise<void> {
    try {
      for await (const [id, ...frames] of this.router)
        this.onMessage(id.toString(), frames)
    } catch (err) {
      if (!this.abort.signal.aborted) throw err
    }
  }

  private onMessage(identity: string, frames: Buffer[]): void {
    const server = this.table.get(identity)
    const decoded = decodeToClient(frames)
    if (!server || !decoded.ok) {
      this.log.warn({ event: "message-dropped", from: identity })
      return
    }
    // Any message is a sign of life (the Guide counts replies too, §6.4).
    server.heardAt = this.clock.now()
    const msg = decoded.value
    const o = this.outstanding
    if (msg.command === "REPLY" && o) {
      // Fault lose-reply breaks FLP-C1: any CCF will do.
      const mine = msg.ccf.toString() === o.ccf
      if (mine || this.faults.has("lose-reply")) {
        this.table.answered(server)
        o.resolve(msg.body)
        return
      }
    }
    if (msg.command === "REPLY")
      this.log.info({ event: "stale-reply", ccf: msg.ccf.toString() })
    this.dispatch()
  }

  private async tick(period: number): Promise<void> {
    for await (const _ of ticks(period, this.abort.signal)) {
      this.pingDue()
      this.dispatch()
    }
  }

  /** FLP-13: a PING to every server whose time has come, dead ones included. */
  private pingDue(): void {
    const now = this.clock.now()
    for (const s of this.table.entries) {
      if (now < s.pingAt) continue
      s.pingAt = now + this.t.pingIntervalMs
      this.outbox
        .send([s.endpoint, ...encodeClientPing({ command: "PING" })])
        // Not connected (yet): try again soon rather than a whole interval later.
        .catch(() => {
          s.pingAt = this.clock.now() + Math.min(this.t.pingIntervalMs, 50)
        })
    }
  }

  /** A dropped connection is a failed server now, not after its TTL. */
  private async watch(): Promise<void> {
    try {
      for await (const e of this.router.events) {
        const server = "address" in e ? this.table.get(e.address) : undefined
        if (!server) continue
        if (e.type === "disconnect") this.suspect(server, "disconnected")
        // Fault send-unheard breaks FLP-C4: alive once connected (flcliapi.c).
        else if (e.type === "handshake" && this.faults.has("send-unheard"))
          server.heardAt = this.clock.now()
        else continue
        this.dispatch()
      }
    } catch {
      // the socket closed under the observer
    }
  }
}
