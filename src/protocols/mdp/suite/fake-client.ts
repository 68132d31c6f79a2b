import { randomBytes } from "node:crypto"
import { awaitMessage, expectQuiet } from "../../../harness/expect"
import { RawPeer } from "../../../harness/peers"
import { ConformanceFailure } from "../../../harness/verdict"
import type { DriverContext } from "./context"
import type { Answer, ToClient } from "./dialect"
import { sameFrames, showFrames } from "./fake-worker"

const describe = (m: ToClient) => `${m.command} from ${m.service}`

/**
 * The suite playing a Majordomo client on a DEALER socket (MDP-10/11: it
 * writes the empty frame itself). Its routing id is set, so the suite knows
 * the client address the broker must put in worker REQUESTs.
 */
export class FakeClient {
  readonly peer: RawPeer
  readonly id: Buffer

  constructor(
    readonly name: string,
    private readonly ctx: DriverContext,
  ) {
    const id = `C-${name}-${randomBytes(3).toString("hex")}`
    this.id = Buffer.from(id)
    this.peer = new RawPeer(`client ${name}`, ctx.transcript, { routingId: id })
    this.peer.connect(ctx.clientEndpoint)
  }

  async request(service: string, body: Buffer[]): Promise<void> {
    await this.peer.send(this.ctx.dialect.request(service, body))
  }

  /** The next answer, which must be `kind` (default: the one that ends a request). */
  async expectReply(
    within: number,
    service: string,
    body?: Buffer[],
    rule = this.ctx.primaryRule,
    kind: Answer = this.ctx.dialect.final,
  ): Promise<ToClient> {
    const m = await awaitMessage(this.peer, this.ctx.dialect.decodeToClient, {
      gone: this.ctx.iutGone,
      within,
      rule,
      expected: `a ${kind} from service "${service}" to ${this.name} within ${Math.round(within)} ms`,
      accept: m => m.command === kind,
      describe,
    })
    if (m.service !== service) {
      throw new ConformanceFailure(
        this.ctx.dialect.rules.answerService,
        `${kind} naming service "${service}" (the service requested)`,
        `${kind} naming service "${m.service}"`,
      )
    }
    if (body && !sameFrames(m.body, body)) {
      throw new ConformanceFailure(
        rule,
        `${kind} body ${showFrames(body)}`,
        `${kind} body ${showFrames(m.body)}`,
      )
    }
    return m
  }

  async expectNoReply(ms: number, rule = this.ctx.primaryRule): Promise<void> {
    await expectQuiet(this.peer, this.ctx.dialect.decodeToClient, {
      for: ms,
      rule,
      expected: `no answer to ${this.name} for ${Math.round(ms)} ms`,
      allow: () => false,
      describe,
    })
  }

  async close(): Promise<void> {
    await this.peer.close()
  }
}
