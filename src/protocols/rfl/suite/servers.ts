import { randomUUID } from "node:crypto"
import { freePort } from "../../../harness/endpoints"
import { RawPeer } from "../../../harness/peers"
import type { Transcript } from "../../../harness/transcript"
import { ConformanceFailure } from "../../../harness/verdict"
import { decodeFromClient } from "../../../generated/rfl"
import { exactStringRule } from "./exact-strings"
import type { Answer } from "../../flp/suite/reported"
import { malformedAnswers } from "./malformed-answers"

/**
 * How the suite's servers treat requests in one scenario: answer each,
 * withhold all, answer late after failover, answer the first ERROR
 * (RFL-C14), answer the first after malformed copies (RFL-C18), or let s1
 * take three attempts in a row and fall silent (RFL-C12).
 */
export type Policy =
  "answer" | "withhold" | "late" | "error" | "malformed" | "dead-marking"

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
  /** HEARTBEATs get no reply (a server the client has not heard from, or gone silent). */
  mute = false
  /** When it came up, for a server down at the start (RFL-C15). */
  upAt?: number
  /** When the first message reached it. */
  firstAt?: number

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
  /** Servers that never answer a HEARTBEAT, by name: the client cannot hear from them. */
  readonly mute = new Set<string>()
  violation?: ConformanceFailure
  /** RFL-C14: the ERROR text the first request got. */
  readonly errorText = `marque suite ERROR ${randomUUID().slice(0, 8)}`
  /** Servers down when the client starts (RFL-C15): bound by bringUp(). */
  readonly down = new Set<string>()
  /** The token each answered request id got. */
  private readonly answered = new Map<string, string>()
  private held?: Arrival
  private tokens = 0
  private loops: Promise<void>[] = []

  constructor(
    private readonly transcript: Transcript,
    /** What the client under test has printed so far (its reported results). */
    private readonly reported: () => string,
    /** Where server `index` (from 0) binds on `port`: the user's {endpoints} template. */
    private readonly endpointAt: (index: number, port: number | "*") => string,
  ) {}

  async start(count = 3): Promise<string[]> {
    for (let i = 1; i <= count; i++) {
      const name = `s${i}`
      const peer = new RawPeer(`server ${name}`, this.transcript, {
        shape: "ROUTER",
      })
      // A server down at the start: a port nobody listens on, bound later.
      const endpoint = this.down.has(name)
        ? this.endpointAt(i - 1, await freePort())
        : await peer.bind(this.endpointAt(i - 1, "*"))
      const s = new SuiteServer(name, endpoint, peer)
      s.delayMs = this.delays.get(s.name) ?? 0
      s.mute = this.mute.has(s.name)
      this.servers.push(s)
      if (!this.down.has(name)) this.loops.push(this.pump(s))
    }
    return this.servers.map(s => s.endpoint)
  }

  /** RFL-C15: a server down at the start binds its endpoint now. */
  async bringUp(s: SuiteServer): Promise<void> {
    await s.peer.bind(s.endpoint)
    s.upAt = performance.now()
    this.transcript.note("suite", `server ${s.name} comes up at ${s.endpoint}`)
    this.loops.push(this.pump(s))
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
    s.firstAt ??= performance.now()
    const msg = decoded.value
    if (msg.command === "HEARTBEAT") {
      s.heartbeats.push(performance.now())
      if (s.mute) return
      // Alive from the reply on: set first, so no REQUEST it prompts can be
      // handled before (RFL-C15 tells those from queued ones).
      s.aliveAt ??= performance.now()
      await s.peer.send([client, "", "HEARTBEAT", s.endpoint])
      return
    }
    const id = msg.requestId.toString("latin1")
    // RFL-C15: a REQUEST at a server that came up late, before it answered
    // any HEARTBEAT while live servers had: it was queued while it was down.
    if (s.upAt !== undefined && s.aliveAt === undefined)
      return this.fail(
        "RFL-C15",
        `nothing queued for ${s.name} while it was down (it was not heard from yet, so no attempt should pick it)`,
        `a REQUEST (${id}) reached ${s.name} ${Math.round(performance.now() - s.upAt)} ms after it came up, before it had answered any HEARTBEAT`,
      )
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
    const first = this.arrivals.length === 1
    if (this.policy === "error" && first)
      return void (await s.peer.send([
        client,
        "",
        "RESPONSE",
        id,
        "ERROR",
        this.errorText,
      ]))
    if (this.policy === "malformed" && first) {
      // RFL-C18: each malformed copy carries a token of its own, so a
      // client that takes one prints which.
      for (const [token, frames] of malformedAnswers(id)) {
        this.answers.push({ request: id, token, stale: true })
        await s.peer.send([client, ...frames])
      }
      return this.answer(a)
    }
    if (this.policy === "dead-marking") {
      // RFL-C12: s1 lets three attempts in a row time out and, from the
      // third, answers nothing more; s2 and s3 answer only requests.
      const atS1 = this.arrivals.filter(x => x.server === s).length
      if (s !== this.servers[0]) return this.answer(a)
      if (atS1 >= 3) s.mute = true
      return
    }
    if (this.policy !== "withhold" && this.policy !== "late") {
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
