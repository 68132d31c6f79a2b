import {
  casesOf,
  describeCase,
  type MalformedCase,
  type MutationKind,
  substitute,
} from "../../../harness/malformed"
import { ConformanceFailure } from "../../../harness/verdict"
import type { BrokerSession } from "./broker-session"
import type { FakeWorker } from "./fake-worker"
import {
  robustness,
  type Route,
  type Sent,
  Verdicts,
} from "./malformed-verdicts"

/** The client address answers carry until a held REQUEST gives the real one. */
const placeholder = Buffer.from("C-placeholder")

/**
 * Every malformed case of one kind, each from a peer of its own (so each is
 * the first thing the broker hears on that connection, and a broker that
 * distrusts a sender cannot hide the next case), one at a time: each case
 * is followed by a round trip through the scenario's worker before the
 * next goes out, so a crash or stall is pinned to the case before it and
 * the verdict does not depend on which of many watchers noticed first.
 * Whatever the broker sends the peers meanwhile stays in their inboxes
 * and is judged once the batch's quiet period is over.
 */
export class MalformedAtBroker {
  private readonly verdicts: Verdicts
  private worker = ""
  private total = 0

  constructor(private readonly session: BrokerSession) {
    this.verdicts = new Verdicts(session.ctx)
  }

  private get ctx() {
    return this.session.ctx
  }

  private routeOf(c: MalformedCase): Route {
    const has = (field: string) => c.layout.frames.some(f => f.field === field)
    if (this.ctx.dialect.wire.senderOf(c.layout) === "client") return "client"
    return has("client") ? "answer" : has("service") ? "ready" : "worker"
  }

  async send(kind: MutationKind, worker: string): Promise<void> {
    const { wire } = this.ctx.dialect
    const svc = (name: string) => Buffer.from(this.session.svc(name))
    // Client REQUESTs name the service of the scenario's worker; READYs name
    // a service of their own, probed at the end.
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
    this.worker = worker
    this.total = cases.length
    this.verdicts.begin(kind, cases.length)
    this.ctx.transcript.note(
      "suite",
      `sending ${cases.length} ${kind} mutations, each from its own peer, each followed by a round trip through ${worker}`,
    )
    // Two restarts show a second and third way to break it; a broker that
    // crashes on every case would otherwise cost a restart per case.
    let restarts = 0
    for (const [k, c] of cases.entries()) {
      this.ctx.transcript.note(
        "suite",
        `case ${k + 1} of ${cases.length}: ${c.label}`,
      )
      const s = await this.sendCase(c, k + 1)
      this.verdicts.sent.push(s)
      const trouble = await this.roundTrip(`barrier-${k + 1}`)
      if (!trouble) continue
      this.verdicts.incident(s, trouble)
      const last = k === cases.length - 1
      const restart = this.ctx.restartIut
      if (last || !restart || !this.ctx.iutGone?.() || ++restarts > 2) {
        this.verdicts.unsent = cases.length - k - 1
        return
      }
      // The suite started the broker: start it again for the rest, so one
      // run reports every case that breaks it, not only the first.
      this.ctx.transcript.note(
        "suite",
        "starting the broker again to send the remaining cases",
      )
      await restart()
      await this.session.registered(worker, "echo")
    }
    // A broker that registered a malformed READY hands this to its sender.
    if (this.verdicts.sent.some(s => s.route === "ready"))
      await this.session.request("ready-probe", "malformed-ready", [
        Buffer.from("probe"),
      ])
  }

  private async sendCase(c: MalformedCase, index: number): Promise<Sent> {
    const route = this.routeOf(c)
    if (route === "answer") return this.sendAnswer(c, index)
    const sender =
      route === "client"
        ? this.session.client(`malformed-${index}`)
        : this.session.worker(`malformed-${index}`)
    await sender.peer.send(c.frames)
    return { c, index, route, sender }
  }

  /**
   * A malformed answer comes from a worker that holds a client's REQUEST
   * (a service of its own, so no earlier holder can take it), naming that
   * client: an answer wrongly passed on reaches a client that watches.
   */
  private async sendAnswer(c: MalformedCase, index: number): Promise<Sent> {
    const service = `held-${index}`
    const holder = `holder-${index}`
    await this.session.registered(holder, service, false)
    const requester = this.session.client(`requester-${index}`)
    await requester.request(this.session.svc(service), [
      Buffer.from(`held ${index}`),
    ])
    const w = this.session.worker(holder)
    const address = await this.heldAddress(w)
    await w.peer.send(
      address ? substitute(c.frames, placeholder, address) : c.frames,
    )
    const watcher = address?.equals(requester.id) ? requester : undefined
    return { c, index, route: "answer", sender: w, watcher }
  }

  /** The client address of the REQUEST a holder gets, or undefined (its answer then comes from a worker without one). */
  private async heldAddress(w: FakeWorker): Promise<Buffer | undefined> {
    const deadline = performance.now() + this.ctx.timing.reply
    while (performance.now() < deadline && !this.ctx.iutGone?.()) {
      const frames = await w.peer.next(100)
      if (!frames) continue
      const m = this.ctx.dialect.decodeToWorker(frames)
      if (m.ok && m.value.command === "REQUEST") return m.value.client
      if (m.ok && m.value.command === "DISCONNECT") break
    }
    this.ctx.transcript.note(
      "suite",
      `${w.name} holds no REQUEST: its malformed answer comes from a worker without one`,
    )
    return undefined
  }

  /**
   * A fresh client's REQUEST through the scenario's worker and back. On the
   * way, the worker notes and answers any REQUEST made of a malformed case
   * (so it is free again). Returns why the round trip failed, if it did.
   */
  private async roundTrip(name: string): Promise<string | undefined> {
    const client = this.session.client(name)
    this.verdicts.own.add(client.id.toString("hex"))
    const w = this.session.worker(this.worker)
    const body = [Buffer.from(name)]
    await client.request(this.session.svc("echo"), body)
    const within = this.ctx.timing.reply
    const deadline = performance.now() + within
    const late = `the broker routed no REQUEST from ${client.name} to ${w.name} within ${Math.round(within)} ms`
    for (;;) {
      const gone = this.ctx.iutGone?.()
      if (gone) return gone
      const left = deadline - performance.now()
      if (left <= 0) return late
      const frames = await w.peer.next(Math.min(left, 100))
      if (!frames) continue
      const m = this.ctx.dialect.decodeToWorker(frames)
      if (
        m.ok &&
        m.value.command === "REQUEST" &&
        m.value.client.equals(client.id)
      )
        break
      await this.verdicts.atWorker(w, frames)
    }
    await w.reply(body, client.id)
    for (;;) {
      const gone = this.ctx.iutGone?.()
      if (gone) return gone
      const left = deadline - performance.now()
      if (left <= 0)
        return `the broker passed no answer from ${w.name} on to ${client.name} within ${Math.round(within)} ms`
      // Any answer ends the round trip: its framing is judged by the scenarios on routing.
      if (await client.peer.next(Math.min(left, 100))) return undefined
    }
  }

  /**
   * After the quiet period, with every consequence in the peers' inboxes:
   * each case acted on is graded under the SHOULD to drop invalid messages
   * (MDP-34 / MDP2-35), all of them in one observation; a crash or stall
   * after any case fails the suite's robustness rule.
   */
  async expectDropped(worker: string): Promise<void> {
    await new Promise(r => setTimeout(r, this.ctx.timing.quiet))
    await this.verdicts.drainWorker(this.session.worker(worker))
    await this.verdicts.judge()
  }

  /** A last round trip, its failure saying what came before it. */
  async expectStillRoutes(client: string, worker: string): Promise<void> {
    try {
      await this.session.stillRoutes(client, worker, robustness)
    } catch (err) {
      if (!(err instanceof ConformanceFailure)) throw err
      throw new ConformanceFailure(
        err.rule,
        err.expected,
        `${err.actual}, after the ${this.total} ${this.verdicts.kind} mutations (${this.verdicts.sent
          .map(s => describeCase(s.c))
          .slice(0, 3)
          .join("; ")}${this.total > 3 ? "; …" : ""})`,
      )
    }
  }
}

const drivers = new WeakMap<BrokerSession, MalformedAtBroker>()

/** The scenario's malformed batch at the broker: one per session, so the checks see what was sent. */
export function malformedAtBroker(session: BrokerSession): MalformedAtBroker {
  let d = drivers.get(session)
  if (!d) drivers.set(session, (d = new MalformedAtBroker(session)))
  return d
}
