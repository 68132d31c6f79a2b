import { renderFrame } from "../../../codec"
import { decodeOrFail, expectQuiet } from "../../../harness/expect"
import {
  casesOf,
  describeCase,
  listCases,
  type MalformedCase,
  type MutationKind,
  substitute,
} from "../../../harness/malformed"
import { ConformanceFailure } from "../../../harness/verdict"
import type { BrokerSession } from "./broker-session"
import type { ToClient, ToWorker } from "./dialect"
import type { FakeClient } from "./fake-client"
import type { FakeWorker } from "./fake-worker"

/**
 * How a case is sent, by what a broker that wrongly acted on it would do:
 * route a client REQUEST to a worker, register a READY's sender, pass an
 * answer on to the client it names, or take a HEARTBEAT or DISCONNECT.
 */
type Route = "client" | "ready" | "answer" | "worker"

interface Sent {
  readonly c: MalformedCase
  readonly sender: FakeWorker | FakeClient
  /** The client whose REQUEST the sender of a malformed answer held. */
  readonly watcher?: FakeClient
}

/** The client address answers carry until a held REQUEST gives the real one. */
const placeholder = Buffer.from("C-placeholder")

const describeToClient = (m: ToClient) => `${m.command} from ${m.service}`

/**
 * Every malformed case of one kind, each from a peer of its own, so each is
 * the first thing the broker hears on that connection and a broker that
 * distrusts a sender after one bad message still reads every case.
 */
export class MalformedAtBroker {
  private sent: Sent[] = []
  private requesters: FakeClient[] = []
  private kind = ""

  constructor(private readonly session: BrokerSession) {}

  private get ctx() {
    return this.session.ctx
  }

  private routeOf(c: MalformedCase): Route {
    const has = (field: string) => c.layout.frames.some(f => f.field === field)
    if (this.ctx.dialect.wire.senderOf(c.layout) === "client") return "client"
    return has("client") ? "answer" : has("service") ? "ready" : "worker"
  }

  async send(kind: MutationKind): Promise<void> {
    const { wire } = this.ctx.dialect
    const svc = (name: string) => Buffer.from(this.session.svc(name))
    // Client REQUESTs name the service of the scenario's worker, which must
    // never get one; READYs name a service of their own, probed below.
    const cases = casesOf(wire, "broker", kind, layout => ({
      service:
        wire.senderOf(layout) === "client"
          ? svc("echo")
          : svc("malformed-ready"),
      client: placeholder,
    }))
    if (cases.length === 0)
      throw new Error(
        `${wire.protocol} has no ${kind} mutation a broker's decoder rejects`,
      )
    this.kind = kind
    const answers = cases.filter(c => this.routeOf(c) === "answer")
    const holders = await this.holdRequests(answers.length)
    this.ctx.transcript.note(
      "suite",
      `sending ${cases.length} ${kind} mutations, each from its own peer`,
    )
    let a = 0
    this.sent = await Promise.all(
      cases.map((c, k) => {
        if (this.routeOf(c) === "answer")
          return this.sendAnswer(c, holders[a++])
        const sender =
          this.routeOf(c) === "client"
            ? this.session.client(`malformed-${k}`)
            : this.session.worker(`malformed-${k}`)
        return sender.peer.send(c.frames).then(() => ({ c, sender }))
      }),
    )
    // A broker that registered a malformed READY hands this to its sender.
    if (cases.some(c => this.routeOf(c) === "ready"))
      await this.session.request("ready-probe", "malformed-ready", [
        Buffer.from("probe"),
      ])
  }

  /**
   * Workers that each hold a client's REQUEST, so a malformed answer comes
   * from a worker the broker expects an answer from, naming a client that
   * waits for one. Which client each worker gets is the broker's choice.
   */
  private async holdRequests(n: number): Promise<
    Array<{
      worker: FakeWorker
      request?: Extract<ToWorker, { command: "REQUEST" }>
    }>
  > {
    const names = Array.from({ length: n }, (_, k) => `holder-${k}`)
    for (const name of names) await this.session.registered(name, "held", false)
    this.requesters = names.map((_, k) => this.session.client(`requester-${k}`))
    await Promise.all(
      this.requesters.map((c, k) =>
        c.request(this.session.svc("held"), [Buffer.from(`held ${k}`)]),
      ),
    )
    return Promise.all(
      names.map(async name => ({
        worker: this.session.worker(name),
        request: await this.heldRequest(this.session.worker(name)),
      })),
    )
  }

  /** The REQUEST a holder gets, or undefined: then its malformed answer comes from an idle worker. */
  private async heldRequest(
    w: FakeWorker,
  ): Promise<Extract<ToWorker, { command: "REQUEST" }> | undefined> {
    const deadline = performance.now() + this.ctx.timing.reply
    for (
      let left = this.ctx.timing.reply;
      left > 0;
      left = deadline - performance.now()
    ) {
      const frames = await w.peer.next(Math.min(left, 100))
      const gone = this.ctx.iutGone?.()
      if (gone)
        throw new ConformanceFailure(
          this.ctx.primaryRule,
          `a REQUEST for ${w.name} to hold`,
          `${gone}, before any malformed message was sent`,
        )
      if (!frames) continue
      const m = decodeOrFail(w.peer, frames, this.ctx.dialect.decodeToWorker)
      if (m.command === "REQUEST") return m
      if (m.command === "DISCONNECT") break
    }
    this.ctx.transcript.note(
      "suite",
      `${w.name} holds no REQUEST: its malformed answer comes from a worker without one`,
    )
    return undefined
  }

  private async sendAnswer(
    c: MalformedCase,
    holder: { worker: FakeWorker; request?: { client: Buffer } },
  ): Promise<Sent> {
    const address = holder.request?.client
    await holder.worker.peer.send(
      address ? substitute(c.frames, placeholder, address) : c.frames,
    )
    const watcher = address && this.requesters.find(r => r.id.equals(address))
    return { c, sender: holder.worker, watcher }
  }

  /**
   * For one quiet period, watched all at once: a client's malformed message
   * gets no answer; a worker's gets at most DISCONNECT (MDP-32/MDP-34 let
   * the broker drop the sender), never a HEARTBEAT or REQUEST that would
   * show it registered; no REQUEST reaches `worker`; no answer reaches a
   * client whose REQUEST a malformed answer's sender held.
   */
  async expectDropped(worker: string): Promise<void> {
    const ms = this.ctx.timing.quiet
    const rule = this.ctx.primaryRule
    const senders = this.sent.map(s => {
      const route = this.routeOf(s.c)
      if (route === "answer") return undefined // the broker may answer its holder in any way
      if (route === "client")
        return this.expectNoAnswer(
          s.sender as FakeClient,
          ms,
          `no answer to ${describeCase(s.c)}`,
        )
      const what = route === "ready" ? ", and no registration" : ""
      return (s.sender as FakeWorker).expectOnly(
        ms,
        ["DISCONNECT"],
        `nothing but DISCONNECT in answer to ${describeCase(s.c)}${what}`,
        rule,
      )
    })
    const requesters = this.requesters.map(r => {
      const s = this.sent.find(x => x.watcher === r)
      const made = s
        ? `made of ${describeCase(s.c)}, which the worker holding its REQUEST sent`
        : "(no worker holds its REQUEST)"
      return this.expectNoAnswer(r, ms, `no answer to ${r.name} ${made}`)
    })
    await Promise.all([
      ...senders,
      ...requesters,
      this.expectNoLeak(this.session.worker(worker), ms),
    ])
    const gone = this.ctx.iutGone?.()
    if (gone)
      throw new ConformanceFailure(
        rule,
        `the broker keeps running after ${this.batch()}`,
        gone,
      )
  }

  private async expectNoAnswer(
    client: FakeClient,
    ms: number,
    expected: string,
  ): Promise<void> {
    await expectQuiet(client.peer, this.ctx.dialect.decodeToClient, {
      for: ms,
      rule: this.ctx.primaryRule,
      expected,
      allow: () => false,
      describe: describeToClient,
    })
  }

  /** No REQUEST made of a malformed client message: its client address names the sender. */
  private async expectNoLeak(w: FakeWorker, ms: number): Promise<void> {
    const senderOf = (address: Buffer) =>
      this.sent.find(
        s =>
          this.routeOf(s.c) === "client" &&
          (s.sender as FakeClient).id.equals(address),
      )
    const describe = (m: ToWorker) => {
      if (m.command !== "REQUEST") return m.command
      const s = senderOf(m.client)
      return `a REQUEST from ${s ? `${s.sender.name}, made of ${describeCase(s.c)}` : renderFrame(m.client)}`
    }
    await expectQuiet(w.peer, this.ctx.dialect.decodeToWorker, {
      for: ms,
      rule: this.ctx.primaryRule,
      expected: `no REQUEST to ${w.name} made of a malformed client message`,
      allow: m => m.command === "HEARTBEAT",
      describe,
    })
  }

  /** The session's round trip, its failure saying what came before it. */
  async expectStillRoutes(client: string, worker: string): Promise<void> {
    try {
      await this.session.stillRoutes(client, worker)
    } catch (err) {
      if (!(err instanceof ConformanceFailure)) throw err
      throw new ConformanceFailure(
        err.rule,
        err.expected,
        `${err.actual}, after ${this.batch()}`,
      )
    }
  }

  private batch(): string {
    return `the ${this.kind} mutations (${listCases(this.sent.map(s => s.c))})`
  }
}

const drivers = new WeakMap<BrokerSession, MalformedAtBroker>()

/** The scenario's malformed batch at the broker: one per session, so the checks see what was sent. */
export function malformedAtBroker(session: BrokerSession): MalformedAtBroker {
  let d = drivers.get(session)
  if (!d) drivers.set(session, (d = new MalformedAtBroker(session)))
  return d
}
