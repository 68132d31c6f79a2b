import { renderFrames } from "../../../codec"
import { describeCase, type MalformedCase } from "../../../harness/malformed"
import { ConformanceFailure } from "../../../harness/verdict"
import type { DriverContext } from "./context"
import type { FakeClient } from "./fake-client"
import type { FakeWorker } from "./fake-worker"

/**
 * The suite's own rule (specs/marque.yaml): a peer keeps running and
 * serving after invalid input. The RFCs say invalid messages are dropped
 * (a SHOULD); none says a crash on one is a failure, yet it is the worst
 * reaction of all.
 */
export const robustness = "MARQUE-ROBUST-1"

/**
 * How a case is sent, by what a broker that wrongly acted on it would do:
 * route a client REQUEST to a worker, register a READY's sender, pass an
 * answer on to the client it names, or take a HEARTBEAT or DISCONNECT.
 */
export type Route = "client" | "ready" | "answer" | "worker"

export interface Sent {
  readonly c: MalformedCase
  /** 1-based, in the order sent. */
  readonly index: number
  readonly route: Route
  readonly sender: FakeWorker | FakeClient
  /** The client whose REQUEST the sender of a malformed answer held. */
  readonly watcher?: FakeClient
}

/** What the scenario's worker answers to a REQUEST made of a malformed case. */
const ownAnswer = Buffer.from("answer to a malformed request")

/** The frames for a failure message, cut so a 64 KiB frame does not drown it. */
function brief(frames: Buffer[]): string {
  const text = renderFrames(frames)
  return text.length > 200 ? `${text.slice(0, 200)}…` : text
}

/**
 * What the broker did with each case of a batch, and the verdict on all of
 * them at once: every case it acted on, every case after which it crashed
 * or stopped routing, so its maintainer sees them all in one run.
 */
export class Verdicts {
  readonly sent: Sent[] = []
  kind = ""
  /** Cases never sent: the broker was gone and the suite cannot restart it. */
  unsent = 0
  private total = 0
  private readonly acted = new Map<Sent, string[]>()
  private readonly unexplained: string[] = []
  private readonly incidents: string[] = []
  /** Routing ids of the round trips' clients. */
  readonly own = new Set<string>()
  /** Client cases the scenario's worker answered, when the broker passed them on. */
  private readonly answered = new Set<Sent>()

  constructor(private readonly ctx: DriverContext) {}

  begin(kind: string, total: number): void {
    this.kind = kind
    this.total = total
  }

  private act(s: Sent, what: string): void {
    this.acted.set(s, [...(this.acted.get(s) ?? []), what])
  }

  incident(s: Sent, why: string): void {
    this.incidents.push(`case ${s.index} (${describeCase(s.c)}): then ${why}`)
  }

  /**
   * A message the scenario's worker got besides its round trips: a
   * HEARTBEAT is fine; a REQUEST carrying a malformed client's address was
   * made of that client's case (whatever its own framing: the broker acted
   * on invalid input, which is the fault, not the layout it passed on). The
   * worker answers it, so it is free for the next round trip.
   */
  async atWorker(w: FakeWorker, frames: Buffer[]): Promise<void> {
    const m = this.ctx.dialect.decodeToWorker(frames)
    // A DISCONNECT is no case's doing that could pass unseen: a broker that
    // dropped the worker fails the next round trip. A restarted broker
    // sends one to the worker's heartbeats before its READY (MDP-33).
    const command = m.ok ? m.value.command : undefined
    if (command === "HEARTBEAT" || command === "DISCONNECT") return
    // A round trip's REQUEST that a restarted broker got late (its client's
    // socket kept it through the crash): the suite's own, answered, not counted.
    if (
      m.ok &&
      m.value.command === "REQUEST" &&
      this.own.has(m.value.client.toString("hex"))
    ) {
      await w.reply([Buffer.from("late round trip")], m.value.client)
      return
    }
    const from = this.sent.find(
      s =>
        s.route === "client" &&
        frames.some(f => f.equals((s.sender as FakeClient).id)),
    )
    if (!from) {
      this.unexplained.push(`${w.name} received ${brief(frames)}`)
      return
    }
    this.act(from, `the broker passed it on to ${w.name} as ${brief(frames)}`)
    const id = (from.sender as FakeClient).id
    this.answered.add(from)
    await w.peer.send(
      this.ctx.dialect.answer(this.ctx.dialect.final, id, [ownAnswer]),
    )
  }

  /** What reached the scenario's worker since its last round trip. */
  async drainWorker(w: FakeWorker): Promise<void> {
    for (let f = await w.peer.next(0); f; f = await w.peer.next(0))
      await this.atWorker(w, f)
  }

  /** Everything a peer received and nobody read yet. */
  private async inbox(peer: FakeWorker | FakeClient): Promise<Buffer[][]> {
    const out: Buffer[][] = []
    for (let f = await peer.peer.next(0); f; f = await peer.peer.next(0))
      out.push(f)
    return out
  }

  /** Reads each case's peers' inboxes, then grades the batch. */
  async judge(): Promise<void> {
    const { dialect } = this.ctx
    for (const s of this.sent) {
      if (s.route === "answer") {
        // The broker may answer the holder in any way; its client must get nothing.
        if (!s.watcher) continue
        for (const f of await this.inbox(s.watcher))
          this.act(
            s,
            `the broker passed it on to ${s.watcher.name} as ${brief(f)}`,
          )
        continue
      }
      for (const f of await this.inbox(s.sender)) {
        if (s.route === "client") {
          // The worker's own answer to what was passed on: already counted.
          const own = this.answered.has(s) && f[f.length - 1]?.equals(ownAnswer)
          if (!own)
            this.act(s, `the broker answered its sender with ${brief(f)}`)
          continue
        }
        const m = dialect.decodeToWorker(f)
        if (m.ok && m.value.command === "DISCONNECT") continue
        const what = s.route === "ready" ? " (it was registered)" : ""
        this.act(s, `the broker sent its sender ${brief(f)}${what}`)
      }
    }
    const acted = this.describeActed()
    if (acted)
      this.ctx.observe?.({
        rule: dialect.rules.dropInvalid,
        grade: "non-strict",
        detail: `Expected: each of the ${this.total} ${this.kind} mutations dropped\nActual: ${acted}`,
      })
    const gone = this.ctx.iutGone?.()
    if (gone) this.incidents.push(`after the batch: ${gone}`)
    if (!this.incidents.length) return
    const unsent = this.unsent
      ? `; ${this.unsent} case(s) not sent: the suite did not start the broker, so it cannot start it again`
      : ""
    throw new ConformanceFailure(
      robustness,
      `the broker keeps running and routing between valid peers after each of the ${this.total} ${this.kind} mutations`,
      `${this.incidents.join("; ")}${unsent}${acted ? `. Also graded under ${dialect.rules.dropInvalid}: ${acted}` : ""}`,
    )
  }

  private describeActed(): string {
    const cases = this.sent
      .filter(s => this.acted.has(s))
      .map(
        s =>
          `case ${s.index} (${describeCase(s.c)}): ${this.acted.get(s)!.join("; ")}`,
      )
    const more = this.unexplained.length
      ? [
          `and, made of no case the suite can name, ${this.unexplained.join("; ")}`,
        ]
      : []
    if (!cases.length && !more.length) return ""
    return `the broker acted on ${cases.length} of them instead of dropping them: ${[...cases, ...more].join("; ")}`
  }
}
