import type { DecodeResult } from "../../../codec"
import { awaitMessage, expectQuiet } from "../../../harness/expect"
import { RawPeer } from "../../../harness/peers"
import { ConformanceFailure } from "../../../harness/verdict"
import { type DriverContext, sameFrames, showFrames } from "./context"

/** A reply as the suite's client decodes it. */
export interface ClientReply {
  readonly body: Buffer[]
}

export interface ReplyRules {
  /** Broken by a reply that is malformed, late or sent to another client. */
  readonly routing: string
  /** Broken by a reply whose frames are not the ones expected. */
  readonly content: string
}

/**
 * The suite playing a Lazy Pirate client, frame by frame: a DEALER that
 * writes REQ's empty delimiter itself, so every reply is seen as it comes
 * (a REQ would hide a second one), with a routing id of its own ("C-name")
 * so that whoever forwards its request can be checked to address it. Used
 * against a REP server, and in front of the Simple and Paranoid Pirate queues.
 */
export class SuiteClient {
  readonly peer: RawPeer

  constructor(
    readonly name: string,
    private readonly ctx: DriverContext,
    endpoint: string,
    private readonly decode: (f: Buffer[]) => DecodeResult<ClientReply>,
    private readonly rules: ReplyRules,
  ) {
    this.peer = RawPeer.dealer(`client ${name}`, ctx.transcript, {
      routingId: clientId(name),
    })
    this.peer.connect(endpoint)
  }

  /** The identity a ROUTER sees for this client. */
  get id(): Buffer {
    return Buffer.from(clientId(this.name))
  }

  async send(body: Buffer[]): Promise<void> {
    await this.peer.send([Buffer.alloc(0), ...body])
  }

  /** The reply to its request, with exactly these frames, within `within` ms. */
  async expectReply(body: Buffer[], within: number): Promise<void> {
    const m = await awaitMessage(this.peer, this.decode, {
      gone: this.ctx.iutGone,
      within,
      rule: this.rules.routing,
      expected: `a reply ${showFrames(body)} to client ${this.name} within ${Math.round(within)} ms`,
      accept: () => true,
      describe: r => `reply ${showFrames(r.body)}`,
    })
    if (!sameFrames(m.body, body))
      throw new ConformanceFailure(
        this.rules.content,
        `client ${this.name} gets the reply ${showFrames(body)}`,
        `it got ${showFrames(m.body)}`,
      )
  }

  /** Nothing at all reaches this client for `ms`. */
  async expectNothing(ms: number, expected: string, rule = this.rules.routing) {
    await expectQuiet(this.peer, this.decode, {
      for: ms,
      rule,
      expected,
      allow: () => false,
      describe: r => `reply ${showFrames(r.body)}`,
    })
  }

  async close(): Promise<void> {
    await this.peer.close()
  }
}

export function clientId(name: string): string {
  return `C-${name}`
}
