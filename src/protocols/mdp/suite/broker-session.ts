import { randomBytes } from "node:crypto"
import { renderFrame } from "../../../codec"
import { decodeOrFail } from "../../../harness/expect"
import { ConformanceFailure } from "../../../harness/verdict"
import type { DriverContext } from "./context"
import type { Answer } from "./dialect"
import { FakeClient } from "./fake-client"
import { FakeWorker } from "./fake-worker"

export interface SessionOptions {
  /** Suffix service names so scenarios sharing one running IUT cannot meet. */
  isolate: boolean
  /** The IUT answers mmi.service, so registration can be confirmed. */
  mmi: boolean
}

/**
 * One scenario's view of a broker under test: the fake workers and clients
 * the suite plays, by the names the feature gives them.
 */
/** Set once per run (one process) when the broker left mmi.service unanswered. */
let mmiUnanswered = false

export class BrokerSession {
  private readonly workers = new Map<string, FakeWorker>()
  private readonly clients = new Map<string, FakeClient>()
  private readonly suffix = randomBytes(3).toString("hex")

  constructor(
    readonly ctx: DriverContext,
    private readonly opts: SessionOptions,
  ) {}

  /** The service name on the wire; mmi.* names are the broker's own and never change. */
  svc(name: string): string {
    return this.opts.isolate && !name.startsWith("mmi.")
      ? `${name}.${this.suffix}`
      : name
  }

  /** The named worker, connected on first use (to `endpoint` if given, e.g. over a network link). */
  worker(name: string, endpoint?: string): FakeWorker {
    let w = this.workers.get(name)
    if (!w)
      this.workers.set(name, (w = new FakeWorker(name, this.ctx, endpoint)))
    return w
  }

  /** The worker's process dies: its connection drops with no DISCONNECT. */
  async drop(worker: string): Promise<void> {
    await this.worker(worker).close()
    this.ctx.transcript.note(
      "suite",
      `fault: worker ${worker} dropped its connection without DISCONNECT`,
    )
  }

  client(name: string): FakeClient {
    let c = this.clients.get(name)
    if (!c) this.clients.set(name, (c = new FakeClient(name, this.ctx)))
    return c
  }

  /** READY, then (where the IUT offers MMI) wait until the broker reports the service. */
  async registered(
    worker: string,
    service: string,
    heartbeats = true,
    endpoint?: string,
  ): Promise<void> {
    await this.worker(worker, endpoint).ready(this.svc(service), heartbeats)
    if (this.opts.mmi && !service.startsWith("mmi."))
      await this.awaitRegistration(this.svc(service))
  }

  /**
   * Worker READY and a client REQUEST travel on different connections, so a
   * broker may see them in either order. Asking mmi.service until it says
   * "200" orders them; any other answer ends the wait (MMI is judged elsewhere).
   */
  private async awaitRegistration(service: string): Promise<void> {
    if (mmiUnanswered) return
    const probe = this.client(`sync-${this.workers.size}`)
    const deadline = performance.now() + this.ctx.timing.reply
    while (performance.now() < deadline) {
      await probe.request("mmi.service", [Buffer.from(service)])
      const reply = await probe.peer.next(deadline - performance.now())
      if (!reply) return this.mmiSilent()
      if (reply[reply.length - 1]?.toString() !== "404") return
      await new Promise(r => setTimeout(r, 5))
    }
  }

  /**
   * A broker that never answers mmi.service would cost every scenario a reply
   * timeout here (over 10 minutes for the zeromq.js example broker). Noticed
   * once, the rest of the run stops asking, and the user is told what to
   * pass; the MMI scenarios still judge MMI.
   */
  private mmiSilent(): void {
    mmiUnanswered = true
    const why = `the broker did not answer mmi.service within ${Math.round(this.ctx.timing.reply)} ms: if it does not implement 8/MMI, pass --no-mmi (profile: mmi: false). The rest of this run no longer waits on it.`
    this.ctx.transcript.note("suite", why)
    process.stderr.write(`marque: ${why}\n`)
  }

  async send(
    worker: string,
    command: "READY" | "HEARTBEAT" | "DISCONNECT",
    service = "",
  ): Promise<void> {
    const w = this.worker(worker)
    if (command === "READY") return w.ready(this.svc(service))
    if (command === "HEARTBEAT") return w.sendHeartbeat()
    return w.sendDisconnect()
  }

  async replyFor(
    worker: string,
    client: string,
    body: Buffer[],
    kind?: Answer,
  ): Promise<void> {
    const id = this.clients.get(client)?.id ?? Buffer.from(`C-${client}`)
    await this.worker(worker).reply(body, id, kind)
  }

  async request(
    client: string,
    service: string,
    body: Buffer[],
  ): Promise<void> {
    await this.client(client).request(this.svc(service), body)
  }

  async expectRequest(
    worker: string,
    client: string,
    body: Buffer[],
    within: number,
    rule?: string,
  ): Promise<void> {
    const w = this.worker(worker)
    const c = this.client(client)
    const req = await w.expectRequest(
      within,
      `a REQUEST from ${c.name} to ${w.name} within ${Math.round(within)} ms`,
      rule,
    )
    const other = [...this.clients.values()].find(
      x => x !== c && x.id.equals(req.client),
    )
    if (other) {
      // A well-formed request of another client: the broker chose wrongly, the framing is fine.
      throw new ConformanceFailure(
        rule ?? this.ctx.primaryRule,
        `${w.name} gets the REQUEST of ${c.name}`,
        `${w.name} got the REQUEST of ${other.name}`,
      )
    }
    w.requireRequestFrom(req, c.id, body, rule ?? this.ctx.primaryRule)
  }

  async expectReply(
    client: string,
    service: string,
    body: Buffer[],
    within: number,
    rule?: string,
    kind?: Answer,
  ): Promise<void> {
    await this.client(client).expectReply(
      within,
      this.svc(service),
      body,
      rule,
      kind,
    )
  }

  /** Two idle workers, two requests: each worker gets exactly one. */
  async expectSpread(workers: string[], within: number): Promise<void> {
    await Promise.all(
      workers.map(w =>
        this.worker(w).expectRequest(
          within,
          `one REQUEST for each of ${workers.join(" and ")}`,
        ),
      ),
    )
  }

  /** The client's REQUEST at whichever of `workers` the broker chose (HEARTBEATs pass). */
  async expectRequestAtOneOf(
    client: string,
    workers: string[],
    within: number,
  ): Promise<void> {
    const c = this.client(client)
    const ws = workers.map(w => this.worker(w))
    const deadline = performance.now() + within
    while (performance.now() < deadline) {
      const gone = this.ctx.iutGone?.()
      if (gone) break
      for (const w of ws) {
        const frames = await w.peer.next(10)
        if (!frames) continue
        const m = decodeOrFail(w.peer, frames, this.ctx.dialect.decodeToWorker)
        if (m.command !== "REQUEST") continue
        w.lastRequest = m
        if (m.client.equals(c.id)) return
        throw new ConformanceFailure(
          this.ctx.primaryRule,
          `the REQUEST of ${c.name} at ${workers.join(" or ")}`,
          `${w.name} got a REQUEST from ${renderFrame(m.client)}`,
        )
      }
    }
    throw new ConformanceFailure(
      this.ctx.primaryRule,
      `the REQUEST of ${c.name} at ${workers.join(" or ")} within ${Math.round(within)} ms`,
      this.ctx.iutGone?.() ?? "neither received it",
    )
  }

  holderOf(client: string): string {
    const id = this.client(client).id
    for (const [name, w] of this.workers)
      if (w.lastRequest?.client.equals(id)) return name
    throw new ConformanceFailure(
      this.ctx.primaryRule,
      `a worker holding the REQUEST of ${client}`,
      "no worker received it",
    )
  }

  /** Waits, then judges and discards what workers received meanwhile (heartbeats, a DISCONNECT at expiry). */
  async pass(ms: number): Promise<void> {
    await new Promise(r => setTimeout(r, ms))
    for (const w of this.workers.values()) await w.drain()
  }

  /** Round trips between one client and one worker for `ms`; the worker sends no HEARTBEAT of its own. */
  async keepBusy(
    client: string,
    worker: string,
    service: string,
    ms: number,
  ): Promise<void> {
    const end = performance.now() + ms
    for (let i = 0; performance.now() < end; i++) {
      const body = [Buffer.from(`busy ${i}`)]
      await this.request(client, service, body)
      await this.expectRequest(worker, client, body, this.ctx.timing.reply)
      await this.worker(worker).reply(body)
      await this.expectReply(client, service, body, this.ctx.timing.reply)
      await new Promise(r => setTimeout(r, this.ctx.timing.heartbeatMs / 4))
    }
  }

  /** 8/MMI answers: a REPLY in 0.1, a FINAL in 0.2 (inferred: 8/MMI names only 7/MDP). */
  async expectMmiStatus(
    client: string,
    status: string,
    service: string,
    within: number,
  ): Promise<void> {
    const reply = await this.client(client).expectReply(within, service)
    const got = reply.body.map(b => b.toString("latin1"))
    if (got.length === 1 && got[0] === status) return
    const rule =
      got[0] === "501" && service === "mmi.service"
        ? "MMI-4"
        : this.ctx.primaryRule
    throw new ConformanceFailure(
      rule,
      `${service} answers ["${status}"]`,
      `${service} answered ${JSON.stringify(got)}`,
    )
  }

  /** A fresh client and the named worker still complete a round trip. */
  async stillRoutes(
    client: string,
    worker: string,
    rule = this.ctx.primaryRule,
  ): Promise<void> {
    const body = [Buffer.from("still serving?")]
    await this.request(client, "echo", body)
    await this.expectRequest(worker, client, body, this.ctx.timing.reply, rule)
    await this.worker(worker).reply(body)
    await this.expectReply(client, "echo", body, this.ctx.timing.reply, rule)
  }

  async close(): Promise<void> {
    await Promise.all(
      [...this.workers.values(), ...this.clients.values()].map(p => p.close()),
    )
  }
}
