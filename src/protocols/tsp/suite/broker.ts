import { describeDecodeError, renderFrame, renderFrames } from "../../../codec"
import {
  type AtBroker,
  decodeAtBroker,
  encodeClientReply,
  encodeWorkerHeartbeat,
  encodeWorkerRequest,
} from "../../../generated/mdp-0.1"
import { RawPeer } from "../../../harness/peers"
import type { Transcript } from "../../../harness/transcript"
import { ConformanceFailure } from "../../../harness/verdict"

/** What the suite's broker needs from the scenario. */
export interface BrokerContext {
  readonly transcript: Transcript
  /** The IUT's declared MDP heartbeat: the suite heartbeats its workers at that rate. */
  readonly heartbeatMs: number
  /** Why the IUT can no longer answer (it exited), or undefined while it runs. */
  readonly iutGone: () => string | undefined
}

/** How the suite, playing broker and worker, treats a target service. */
export type TargetMode = "absent" | "hold" | "answer"

/** A request the server under test forwarded through the suite (TSP-28). */
export interface Dispatch {
  readonly service: string
  readonly body: Buffer[]
  /** The REQ connection it came on, to answer it. */
  readonly client: Buffer
  readonly at: number
}

/** TSP-4: the Titanic server speaks 7/MDP on both sides; a broken frame is blamed there. */
const mdpRule = "TSP-4"

/**
 * The suite as the broker a Titanic server connects to, and as every worker
 * behind it. One ROUTER carries both the server's workers (MDPW01: READY,
 * REPLY, HEARTBEAT) and its forwarding clients (MDPC01: mmi.service and the
 * stored requests), so a loop reads everything as it comes and files it:
 * registrations, answers to the suite's calls, and dispatches. The
 * server's mmi.service questions are answered from the scenario's targets.
 */
export class TitanicBroker {
  private readonly peer: RawPeer
  /** Worker connections by service, newest last (each READY adds one). */
  private readonly workers = new Map<string, Buffer[]>()
  private readonly targets = new Map<
    string,
    { mode: TargetMode; reply: (b: Buffer[]) => Buffer[] }
  >()
  readonly dispatches: Dispatch[] = []
  private readonly answers = new Map<string, Buffer[]>()
  private readonly waiters = new Set<() => void>()
  /** The first MDP frame the server got wrong: thrown at the next wait. */
  private violation?: ConformanceFailure
  private readonly timer: NodeJS.Timeout
  private loop?: Promise<void>
  private closed = false
  private calls = 0

  constructor(private readonly ctx: BrokerContext) {
    this.peer = new RawPeer("broker", ctx.transcript, { router: true })
    // MDP-43: a live broker heartbeats its workers, or they leave.
    this.timer = setInterval(() => void this.heartbeat(), ctx.heartbeatMs)
  }

  async bind(endpoint: string): Promise<string> {
    const bound = await this.peer.bind(endpoint)
    this.loop = this.run()
    return bound
  }

  /** Sets how the suite answers for a target service from now on. */
  target(
    service: string,
    mode: TargetMode,
    reply: (b: Buffer[]) => Buffer[] = b => b,
  ): void {
    this.targets.set(service, { mode, reply })
    this.ctx.transcript.note("suite", `worker for "${service}": ${mode}`)
  }

  /** Forgets every worker connection: a restarted server registers anew. */
  forgetWorkers(): void {
    this.workers.clear()
  }

  /** Services with a READY since the last forgetWorkers(). */
  registered(service: string): boolean {
    return (this.workers.get(service)?.length ?? 0) > 0
  }

  /**
   * Sends `body` to `service`'s newest worker as a REQUEST from a fresh
   * client address, and resolves to its REPLY's body; undefined if none
   * came within `within`.
   */
  async call(
    service: string,
    body: Buffer[],
    within: number,
  ): Promise<Buffer[] | undefined> {
    const worker = this.workers.get(service)?.at(-1)
    if (!worker) return undefined
    const client = Buffer.from(`suite-${++this.calls}`)
    const key = client.toString("hex")
    await this.peer.send([
      worker,
      ...encodeWorkerRequest({ command: "REQUEST", client, body }),
    ])
    const got = await this.until(() => this.answers.has(key), within)
    const answer = this.answers.get(key)
    this.answers.delete(key)
    return got ? answer : undefined
  }

  /** Resolves true once `check` holds, false at the deadline; throws a recorded violation. */
  async until(check: () => boolean, within: number): Promise<boolean> {
    const deadline = performance.now() + within
    for (;;) {
      this.throwViolation()
      if (check()) return true
      const left = deadline - performance.now()
      if (left <= 0 || this.ctx.iutGone()) return check()
      await new Promise<void>(wake => {
        const timer = setTimeout(wake, Math.min(left, 100))
        this.waiters.add(() => (clearTimeout(timer), wake()))
      })
    }
  }

  /** Answers a held dispatch as the target's worker would. */
  async answer(d: Dispatch, body: Buffer[]): Promise<void> {
    await this.peer.send([
      d.client,
      ...encodeClientReply({ command: "REPLY", service: d.service, body }),
    ])
  }

  throwViolation(): void {
    if (this.violation) throw this.violation
  }

  async close(): Promise<void> {
    this.closed = true
    clearInterval(this.timer)
    await this.peer.close()
    await this.loop
  }

  private async run(): Promise<void> {
    while (!this.closed) {
      const frames = await this.peer.next(100)
      if (frames) await this.file(frames)
    }
  }

  private async file(frames: Buffer[]): Promise<void> {
    const [id, ...rest] = frames
    const decoded = decodeAtBroker(rest)
    if (!decoded.ok) {
      this.violation ??= new ConformanceFailure(
        mdpRule,
        "7/MDP frames from the server's workers and clients",
        `${describeDecodeError(decoded.error)}; frames ${renderFrames(rest)}`,
      )
      return this.wakeAll()
    }
    await this.handle(id, decoded.value)
    this.wakeAll()
  }

  private async handle(id: Buffer, m: AtBroker): Promise<void> {
    switch (m.command) {
      case "READY": {
        const list = this.workers.get(m.service) ?? []
        this.workers.set(m.service, [...list.filter(w => !w.equals(id)), id])
        return
      }
      case "REPLY":
        this.answers.set(m.client.toString("hex"), m.body)
        return
      case "DISCONNECT":
        for (const [s, list] of this.workers)
          this.workers.set(
            s,
            list.filter(w => !w.equals(id)),
          )
        return
      case "HEARTBEAT":
        return
      case "REQUEST":
        return this.request(id, m.service, m.body)
    }
  }

  /** A request from the server's client side: an 8/MMI question, or a dispatch. */
  private async request(
    client: Buffer,
    service: string,
    body: Buffer[],
  ): Promise<void> {
    if (service === "mmi.service") {
      const known = this.targets.get(body[0]?.toString() ?? "")
      const code = known && known.mode !== "absent" ? "200" : "404"
      await this.reply(client, service, [Buffer.from(code)])
      return
    }
    if (service.startsWith("mmi."))
      return this.reply(client, service, [Buffer.from("501")])
    this.dispatches.push({ service, body, client, at: performance.now() })
    const t = this.targets.get(service)
    this.ctx.transcript.note(
      "suite",
      `dispatch of ${renderFrames(body)} to "${service}" on ${renderFrame(client)}`,
    )
    if (t?.mode === "answer") await this.reply(client, service, t.reply(body))
    // "absent" and "hold": no worker answers; the server's client times out.
  }

  private async reply(
    client: Buffer,
    service: string,
    body: Buffer[],
  ): Promise<void> {
    await this.peer.send([
      client,
      ...encodeClientReply({ command: "REPLY", service, body }),
    ])
  }

  private async heartbeat(): Promise<void> {
    for (const list of this.workers.values())
      for (const w of list)
        await this.peer
          .send([w, ...encodeWorkerHeartbeat({ command: "HEARTBEAT" })])
          .catch(() => undefined)
  }

  private wakeAll(): void {
    const woken = [...this.waiters]
    this.waiters.clear()
    for (const w of woken) w()
  }
}
