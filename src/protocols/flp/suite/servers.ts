import { freePort } from "../../../harness/endpoints"
import { RawPeer } from "../../../harness/peers"
import type { Transcript } from "../../../harness/transcript"
import { ConformanceFailure } from "../../../harness/verdict"
import { decodeFromClient } from "../../../generated/flp"
import type { Answer } from "./reported"

/** What befalls the first server a request reaches, before it answers. */
export type Trap = "killed" | "frozen" | "cut off" | "all killed"

export interface Arrival {
  readonly server: SuiteServer
  readonly client: Buffer
  readonly ccf: Buffer
  readonly at: number
}

/** One of the suite's FLP servers: a ROUTER bound with its endpoint as identity (FLP-9, FLP-10). */
export class SuiteServer {
  answersPing = true
  /** Answers nothing more, its socket open (a process stopped, SIGSTOP). */
  frozen = false
  /** Client ids it no longer hears or answers (a partition between the two). */
  readonly cut = new Set<string>()
  /** Clients it has sent something to: a model-3 client may now send it requests (FLP-C4). */
  readonly heard = new Set<string>()

  constructor(
    readonly name: string,
    readonly endpoint: string,
    readonly peer: RawPeer,
  ) {}
}

const hex = (b: Buffer) => b.toString("hex")
const show = (frames: Buffer[]) =>
  frames.map(f => JSON.stringify(f.toString("latin1"))).join(" ")

/**
 * The three servers the suite runs for an FLP client under test. Each
 * answers PING with PONG and a request at once with [CCF][token], a token
 * unique in the scenario, unless the scenario's trap takes the first server
 * a request reaches out of play. Whatever the client sends is checked as it
 * arrives; the first broken rule is kept for the next step to throw.
 */
export class FlpServers {
  readonly servers: SuiteServer[] = []
  readonly answers: Answer[] = []
  readonly arrivals: Arrival[] = []
  violation?: ConformanceFailure
  /** Servers that never answer PING (named before they start). */
  readonly mute = new Set<string>()
  trap?: Trap
  trapped?: Arrival
  /** The trapped server sends its late reply when the next request arrives elsewhere. */
  lateReply = false
  private lateSent = false
  private tokens = 0
  private loops: Promise<void>[] = []

  constructor(
    private readonly transcript: Transcript,
    private readonly claimsModel3: boolean,
    /** How long the next answer waits after a late reply, so the client reads that first. */
    private readonly graceMs: number,
    /** Where server `index` (from 0) binds on `port`: the user's {endpoints} template. */
    private readonly endpointAt: (index: number, port: number) => string,
  ) {}

  async start(count = 3): Promise<string[]> {
    for (let i = 1; i <= count; i++) {
      // The port first: a server's identity is its endpoint, set before it binds.
      const endpoint = this.endpointAt(i - 1, await freePort())
      const peer = new RawPeer(`server s${i}`, this.transcript, {
        shape: "ROUTER",
        routingId: endpoint,
      })
      await peer.bind(endpoint)
      const s = new SuiteServer(`s${i}`, endpoint, peer)
      s.answersPing = !this.mute.has(s.name)
      this.servers.push(s)
      this.loops.push(this.pump(s))
    }
    return this.servers.map(s => s.endpoint)
  }

  private async pump(s: SuiteServer): Promise<void> {
    for await (const [client, ...frames] of s.peer.messages())
      await this.handle(s, client, frames).catch(() => {
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
    const id = hex(client)
    // FLP-8: libzmq names a peer that set no identity with 0x00 + 4 bytes.
    if (client.length !== 5 || client[0] !== 0)
      this.fail(
        "FLP-8",
        "a client socket with no identity of its own",
        `a client whose identity is ${JSON.stringify(client.toString("latin1"))}`,
      )
    const decoded = decodeFromClient(frames)
    if (!decoded.ok) {
      const e = decoded.error
      return this.fail(
        e.rule,
        `a PING or a request`,
        `${show(frames)}: ${e.message}`,
      )
    }
    const msg = decoded.value
    if (msg.command === "REQUEST" && this.claimsModel3 && !s.heard.has(id))
      this.fail(
        "FLP-C4",
        "a request only to a server that has answered the client (model 3)",
        `a request reached ${s.name}, which had sent it nothing`,
      )
    if (s.frozen || s.cut.has(id)) return
    if (msg.command === "PING") {
      if (!s.answersPing) return
      await s.peer.send([client, "PONG"])
      s.heard.add(id)
      return
    }
    const arrival = { server: s, client, ccf: msg.ccf, at: performance.now() }
    this.arrivals.push(arrival)
    if (this.trap && !this.trapped) return this.spring(arrival)
    const t = this.trapped
    if (this.lateReply && t && !this.lateSent && !t.ccf.equals(msg.ccf)) {
      // The trapped server's answer to the earlier request, after its failover.
      this.lateSent = true
      const token = `late-${t.server.name}`
      this.answers.push({ request: hex(t.ccf), token, stale: true })
      await t.server.peer.send([t.client, t.ccf, token])
      await new Promise(r => setTimeout(r, this.graceMs))
    }
    await this.answer(arrival)
  }

  private async answer(a: Arrival): Promise<void> {
    const token = `${a.server.name}-reply-${++this.tokens}`
    this.answers.push({ request: hex(a.ccf), token })
    await a.server.peer.send([a.client, a.ccf, token])
    a.server.heard.add(hex(a.client))
  }

  private async spring(a: Arrival): Promise<void> {
    this.trapped = a
    this.transcript.note("suite", `fault: ${a.server.name} ${this.trap}`)
    if (this.trap === "frozen") a.server.frozen = true
    else if (this.trap === "cut off") a.server.cut.add(hex(a.client))
    else if (this.trap === "killed") await a.server.peer.close()
    else for (const s of this.servers) await s.peer.close()
  }

  async close(): Promise<void> {
    for (const s of this.servers) await s.peer.close()
    await Promise.allSettled(this.loops)
  }
}
