import { randomBytes } from "node:crypto"
import { decodeToClient, encodeClientRequest, type ClientReply } from "../../../generated/mdp-0.1"
import { awaitMessage, expectQuiet } from "../../expect"
import { RawPeer } from "../../raw-peer"
import { ConformanceFailure } from "../../verdict"
import type { DriverContext } from "./context"
import { sameFrames, showFrames } from "./fake-worker"

const describe = (m: ClientReply) => `REPLY from ${m.service}`

/**
 * The suite playing an MDP/0.1 client on a DEALER socket (MDP-10/11: it
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
    await this.peer.send(encodeClientRequest({ command: "REQUEST", service, body }))
  }

  async expectReply(within: number, service: string, body?: Buffer[], rule = this.ctx.primaryRule): Promise<ClientReply> {
    const m = await awaitMessage(this.peer, decodeToClient, {
      within,
      rule,
      expected: `a REPLY from service "${service}" to ${this.name} within ${Math.round(within)} ms`,
      accept: () => true,
      describe,
    })
    if (m.service !== service) {
      throw new ConformanceFailure("MDP-7", `REPLY naming service "${service}" (the service requested)`, `REPLY naming service "${m.service}"`)
    }
    if (body && !sameFrames(m.body, body)) {
      throw new ConformanceFailure(rule, `REPLY body ${showFrames(body)}`, `REPLY body ${showFrames(m.body)}`)
    }
    return m
  }

  async expectNoReply(ms: number, rule = this.ctx.primaryRule): Promise<void> {
    await expectQuiet(this.peer, decodeToClient, {
      for: ms,
      rule,
      expected: `no REPLY to ${this.name} for ${Math.round(ms)} ms`,
      allow: () => false,
      describe,
    })
  }

  async close(): Promise<void> {
    await this.peer.close()
  }
}
