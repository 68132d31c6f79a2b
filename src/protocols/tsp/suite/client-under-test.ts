import { renderFrames } from "../../../codec"
import { decodeAtBroker, encodeClientReply } from "../../../generated/mdp-0.1"
import { describeExit } from "../../../harness/iut"
import type { WorldView } from "../../../harness/module"
import { RawPeer } from "../../../harness/peers"
import { ConformanceFailure } from "../../../harness/verdict"
import { services } from "../status"

/** One titanic.* call the client under test made. */
export interface Call {
  readonly service: string
  readonly body: Buffer[]
  readonly at: number
}

/** The UUID the suite's Titanic gives the request. */
export const uuid = "5ca1ab1e0ddba11c0ffee00ddeadbeef"

const texts: Record<string, string> = {
  "200": "200 OK",
  "300": "300 Pending",
  "400": "400 Unknown",
  "500": "500 Try later",
}

/**
 * The suite as the broker and the Titanic server for a client under test:
 * one ROUTER on the endpoint the client connects to, answering each
 * titanic.* service from a script (each answer in turn, the last one for
 * ever after), and recording every call the client makes.
 */
export class ClientUnderTest {
  readonly peer: RawPeer
  readonly calls: Call[] = []
  service = ""
  body = ""
  private readonly script: Record<string, string[][]> = {
    [services.request]: [["200", uuid]],
    [services.reply]: [["200", "the reply"]],
    [services.close]: [["200"]],
  }
  private withText = false
  private violation?: ConformanceFailure
  private loop?: Promise<void>
  private closed = false

  constructor(private readonly world: WorldView) {
    this.peer = new RawPeer("broker", world.run.transcript, { router: true })
  }

  private get run() {
    return this.world.run
  }

  /** `service`'s answers, in turn; the last one repeats. */
  answers(service: string, list: string[][]): void {
    this.script[service] = list
  }

  /** Every status frame carries descriptive text ("300 Pending"). */
  statusText(): void {
    this.withText = true
  }

  async start(service: string, body: string): Promise<void> {
    Object.assign(this, { service, body })
    const endpoint = await this.peer.bind(this.run.bindEndpoint())
    this.loop = this.receive()
    await this.run.startIut(endpoint, { service, body })
  }

  /** The client's calls of one service so far. */
  of(service: string): Call[] {
    return this.calls.filter(c => c.service === service)
  }

  /** True once `check` holds; false at the deadline or when the client has exited. */
  async until(check: () => boolean, within: number): Promise<boolean> {
    const deadline = performance.now() + within
    for (;;) {
      if (this.violation) throw this.violation
      if (check()) return true
      if (performance.now() > deadline || this.run.iut?.exit) return check()
      await new Promise(r => setTimeout(r, 10))
    }
  }

  /** Why the client is no longer running, for failure messages. */
  exited(): string {
    const exit = this.run.iut?.exit
    return exit ? ` (the client exited: ${describeExit(exit)})` : ""
  }

  /** The client's exit status within `within`, once it is expected to end. */
  async exitCode(within: number): Promise<number | null | undefined> {
    this.run.exitExpected = true
    await this.until(() => this.run.iut?.exit !== undefined, within)
    return this.run.iut?.exit ? this.run.iut.exit.code : undefined
  }

  async close(): Promise<void> {
    this.closed = true
    await this.peer.close()
    await this.loop
  }

  private async receive(): Promise<void> {
    while (!this.closed) {
      const frames = await this.peer.next(100)
      if (frames) await this.file(frames)
    }
  }

  private async file([id, ...rest]: Buffer[]): Promise<void> {
    const d = decodeAtBroker(rest)
    if (!d.ok || d.value.command !== "REQUEST") {
      // TSP-4: a Titanic client speaks MDP/Client, nothing else.
      this.violation ??= new ConformanceFailure(
        "TSP-4",
        "MDP/Client REQUESTs (7/MDP) for the titanic.* services",
        `${d.ok ? d.value.command : d.error.rule} ${renderFrames(rest)}`,
      )
      return
    }
    const { service, body } = d.value
    this.calls.push({ service, body, at: performance.now() })
    const list = this.script[service]
    if (!list) return // not a Titanic service: no worker here
    const n = this.calls.filter(c => c.service === service).length
    const [code, ...rest2] = list[Math.min(n, list.length) - 1]
    const status = this.withText ? (texts[code] ?? code) : code
    const reply = [status, ...rest2].map(f => Buffer.from(f))
    await this.peer.send([
      id,
      ...encodeClientReply({ command: "REPLY", service, body: reply }),
    ])
  }
}
