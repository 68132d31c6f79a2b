import { describeDecodeError } from "../../../codec"
import { RawPeer } from "../../../harness/peers"
import type { ScenarioRun } from "../../../harness/scenario"
import { ConformanceFailure } from "../../../harness/verdict"
import { decodeToClient } from "../../../generated/flp"

const show = (frames: Buffer[]) =>
  frames.map(f => JSON.stringify(f.toString("latin1"))).join(" ")

/**
 * The suite as FLP clients of a server under test: ROUTERs without an
 * identity (FLP-6, FLP-8) that address the server by the identity it must
 * have, its endpoint (FLP-10). `mandatory`, so a server with any other
 * identity cannot be reached at all, and the suite says so.
 */
export class ServerUnderTest {
  private readonly clients = new Map<string, RawPeer>()
  private sequence = 0

  constructor(
    private readonly run: ScenarioRun,
    /** The identity the server declares (default: its endpoint). */
    private readonly declared?: string,
  ) {}

  /** FLP-10: the endpoint string clients connect to. */
  get identity(): string {
    return this.declared ?? this.run.endpoint("endpoint")
  }

  /**
   * Client `name`, connected and able to address the server: it PINGs until
   * libzmq can route to the identity (the handshake is over) and takes the
   * answer, so every later step starts from a live connection.
   */
  async client(name = "c1"): Promise<RawPeer> {
    const known = this.clients.get(name)
    if (known) return known
    const peer = new RawPeer(`client ${name}`, this.run.transcript, {
      shape: "ROUTER",
      mandatory: true,
    })
    this.clients.set(name, peer)
    peer.connect(this.run.endpoint("endpoint"))
    const within = this.run.timing.reply
    const deadline = performance.now() + within
    for (;;) {
      try {
        await peer.send([this.identity, "PING"])
        break
      } catch {
        if (performance.now() > deadline)
          throw new ConformanceFailure(
            "FLP-10",
            `a ROUTER connected to the server can address it as "${this.identity}" (its identity, FLP-9) within ${within} ms`,
            "libzmq knows no peer of that identity: the server set another identity, or none",
          )
        await new Promise(r => setTimeout(r, 10))
      }
    }
    await this.expectPong(name, within)
    return peer
  }

  async ping(name = "c1"): Promise<void> {
    await (await this.client(name)).send([this.identity, "PING"])
  }

  /** FLP-2: the answer to a PING is a PONG. */
  async expectPong(name: string, within: number): Promise<void> {
    const m = await this.next(name, within, "FLP-2", "a PONG")
    if (m.length !== 1 || m[0].toString() !== "PONG")
      throw new ConformanceFailure("FLP-2", `["PONG"]`, show(m))
  }

  /** Sends a request with a fresh CCF (or the one given); returns the CCF. */
  async request(name: string, body: Buffer[], ccf?: Buffer): Promise<Buffer> {
    const c = ccf ?? Buffer.from(`ccf-${++this.sequence}`)
    await (await this.client(name)).send([this.identity, c, ...body])
    return c
  }

  /** FLP-4: the reply is the CCF, unchanged, then 1+ frames of body. */
  async expectReply(
    name: string,
    ccf: Buffer,
    within: number,
  ): Promise<Buffer[]> {
    const m = await this.next(name, within, "FLP-4", "a reply")
    const decoded = decodeToClient(m)
    if (!decoded.ok)
      throw new ConformanceFailure(
        "FLP-4",
        "a reply [CCF][body 1+]",
        describeDecodeError(decoded.error),
      )
    const msg = decoded.value
    if (msg.command !== "REPLY")
      throw new ConformanceFailure(
        "FLP-4",
        `a reply with CCF ${show([ccf])}`,
        "PONG",
      )
    if (!msg.ccf.equals(ccf))
      throw new ConformanceFailure(
        "FLP-4",
        `the CCF ${show([ccf])} unchanged`,
        `CCF ${show([msg.ccf])}`,
      )
    return msg.body
  }

  /** FLP-12: nothing arrives that answers nothing. */
  async expectSilence(
    name: string,
    within: number,
    rule: string,
  ): Promise<void> {
    const peer = await this.client(name)
    const m = await peer.next(within)
    if (m)
      throw new ConformanceFailure(
        rule,
        `nothing more within ${Math.round(within)} ms`,
        show(m.slice(1)),
      )
  }

  /** The client closes its socket, gone for good. */
  async vanish(name: string): Promise<void> {
    await this.clients.get(name)?.close()
    this.clients.delete(name)
  }

  private async next(
    name: string,
    within: number,
    rule: string,
    what: string,
  ): Promise<Buffer[]> {
    const peer = await this.client(name)
    const m = await peer.next(within)
    if (!m) {
      const gone = this.run.iutGone()
      throw new ConformanceFailure(
        rule,
        `${what} within ${Math.round(within)} ms`,
        gone ?? "nothing",
      )
    }
    return m.slice(1)
  }

  async close(): Promise<void> {
    for (const c of this.clients.values()) await c.close()
  }
}
