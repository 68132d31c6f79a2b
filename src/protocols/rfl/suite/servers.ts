import { randomUUID } from "node:crypto"
import { RawPeer } from "../../../harness/peers"
import type { Transcript } from "../../../harness/transcript"
import { ConformanceFailure } from "../../../harness/verdict"
import { decodeFromClient } from "../../../generated/rfl"
import { exactStringRule } from "./exact-strings"
import type { Answer } from "../../flp/suite/reported"

/** How the suite's servers treat requests in one scenario. */
export type Policy = "answer" | "withhold" | "late"

export interface Arrival {
  readonly server: SuiteServer
  readonly client: Buffer
  readonly id: string
  readonly at: number
}

export class SuiteServer {
  /** Requests are answered this long after they arrive. */
  delayMs = 0
  /** When each HEARTBEAT arrived (performance.now()). */
  readonly heartbeats: number[] = []
  /** When it first answered a HEARTBEAT: from then on the client knows it alive. */
  aliveAt?: number

  constructor(
    readonly name: string,
    readonly endpoint: string,
    readonly peer: RawPeer,
  ) {}
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const show = (frames: Buffer[]) =>
  frames.map(f => JSON.stringify(f.toString("latin1"))).join(" ")

/**
 * The three Reliable Freelance servers the suite runs for a client under
 * test: ROUTERs that answer each HEARTBEAT with their endpoint as server id
 * (RFL-S16) and each REQUEST per the scenario's policy with an OK whose one
 * result frame is a token unique in the scenario. What the client sends is
 * checked as it arrives; the first broken rule waits for the next step.
 */
export class RflServers {
  readonly servers: SuiteServer[] = []
  readonly answers: Answer[] = []
  readonly arrivals: Arrival[] = []
  policy: Policy = "answer"
  /** Requests answered this long after they arrive, by server name. */
  readonly delays = new Map<string, number>()
  violation?: ConformanceFailure
  /** The token each answered request id got. */
  private readonly answered = new Map<string, string>()
  private held?: Arrival
  private tokens = 0
  private loops: Promise<void>[] = []

  constructor(
    private readonly transcript: Transcript,
    /** What the client under test has printed so far (its reported results). */
    private readonly reported: () => string,
  ) {}

  async start(count = 3): Promise<string[]> {
    for (let i = 1; i <= count; i++) {
      const peer = new RawPeer(`server s${i}`, this.transcript, {
        shape: "ROUTER",
      })
      const endpoint = await peer.bind("tcp://127.0.0.1:*")
      const s = new SuiteServer(`s${i}`, endpoint, peer)
      s.delayMs = this.delays.get(s.name) ?? 0
      this.servers.push(s)
      this.loops.push(this.pump(s))
    }
    return this.servers.map(s => s.endpoint)
  }

  private async pump(s: SuiteServer): Promise<void> {
    for await (const [client, ...frames] of s.peer.messages())
      this.handle(s, client, frames).catch(() => {
        // a send to a client that went away: nothing to answer
      })
  }

  private fail(rule: string, expected: string, actual: string): void {
    this.violation ??= new ConformanceFailure(rule, expected, actual)
  }

  private async handle(
    s: SuiteServer,
    client: Buffer,
    frames: Buffer[],
  ): Promise<void> {
    const decoded = decodeFromClient(frames)
    if (!decoded.ok) {
      const e = decoded.error
      return this.fail(
        exactStringRule(frames, e.rule),
        "a REQUEST or a HEARTBEAT",
        `${show(frames)}: ${e.message}`,
      )
    }
    const msg = decoded.value
    if (msg.command === "HEARTBEAT") {
      s.heartbeats.push(performance.now())
      await s.peer.send([client, "", "HEARTBEAT", s.endpoint])
      s.aliveAt ??= performance.now()
      return
    }
    const id = msg.requestId.toString("latin1")
    if (!uuid.test(id))
      this.fail(
        "RFL-C1",
        "a UUID4 request id",
        `request id ${JSON.stringify(id)}`,
      )
    // The id of a request the client has already reported: a retry it is
    // not, so a new request reused the id.
    const token = this.answered.get(id)
    if (token && this.reported().split("\n").includes(token))
      this.fail(
        "RFL-C1",
        "a new request id for each request",
        `a request reused ${id}, which had been answered`,
      )
    const a = { server: s, client, id, at: performance.now() }
    this.arrivals.push(a)
    if (this.policy === "answer") {
      await new Promise(r => setTimeout(r, s.delayMs))
      return this.answer(a)
    }
    if (this.policy === "late") {
      // The first attempt is held; when the next one arrives elsewhere, a
      // stray RESPONSE for another id, then the first server's late answer.
      if (!this.held) return void (this.held = a)
      const h = this.held
      if (h.server === s || this.answers.length > 0) return
      const stray = randomUUID()
      this.answers.push({ request: stray, token: "stray", stale: true })
      await s.peer.send([client, "", "RESPONSE", stray, "OK", "stray"])
      await this.answer(h)
    }
  }

  private async answer(a: Arrival): Promise<void> {
    const token = `${a.server.name}-result-${++this.tokens}`
    this.answers.push({ request: a.id, token })
    this.answered.set(a.id, token)
    await a.server.peer.send([a.client, "", "RESPONSE", a.id, "OK", token])
  }

  /** Requests that reached each server, by name. */
  countBy(): Record<string, number> {
    const out: Record<string, number> = {}
    for (const s of this.servers) out[s.name] = 0
    for (const a of this.arrivals) out[a.server.name]++
    return out
  }

  async close(): Promise<void> {
    for (const s of this.servers) await s.peer.close()
    await Promise.allSettled(this.loops)
  }
}
