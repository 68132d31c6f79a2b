import { type DecodeResult, renderFrame } from "../../../codec"
import {
  decodeWorkerRequest,
  encodeWorkerReady,
  encodeWorkerReply,
  type WorkerRequest,
} from "../../../generated/simple-pirate"
import { awaitMessage, expectQuiet } from "../../../harness/expect"
import { RawPeer } from "../../../harness/peers"
import { ConformanceFailure } from "../../../harness/verdict"
import {
  type DriverContext,
  sameFrames,
  showFrames,
} from "../../lazy-pirate/suite/context"

const describe = (m: WorkerRequest) =>
  `request ${showFrames(m.body)} for ${m.client.map(f => renderFrame(f)).join(" ")}`

/**
 * The suite playing a Simple Pirate worker around a queue under test. The
 * Guide's worker is a REQ socket; this one is a DEALER that frames its
 * messages as REQ does, so that a second request sent to it while it is
 * busy shows (a REQ would hold it back unseen).
 */
export class SuiteWorker {
  readonly peer: RawPeer
  /** The request it holds. */
  held?: WorkerRequest

  constructor(
    readonly name: string,
    private readonly ctx: DriverContext,
    endpoint: string,
    /** Routing ids of the suite's clients: what a forwarded request may carry. */
    private readonly clientIds: () => Buffer[],
  ) {
    this.peer = RawPeer.dealer(`worker ${name}`, ctx.transcript)
    this.peer.connect(endpoint)
  }

  /**
   * What the queue sends a worker is a client's request (SPP-9). A message
   * that is not one, and carries no client's identity, is the queue's own
   * (SPP-12): a heartbeat, a notice; one that does is a request forwarded
   * wrong (SPP-9).
   */
  private readonly decode = (frames: Buffer[]): DecodeResult<WorkerRequest> => {
    const r = decodeWorkerRequest(frames)
    if (r.ok) return r
    const ids = this.clientIds()
    const forwarded = frames.some(f => ids.some(id => id.equals(f)))
    return forwarded ? r : { ok: false, error: { ...r.error, rule: "SPP-12" } }
  }

  async ready(): Promise<void> {
    await this.peer.send(encodeWorkerReady({ command: "READY" }))
  }

  /** SPP-9: [""][ID(c)][""][body], envelope and body unchanged. */
  async expectRequest(
    client: Buffer,
    body: Buffer[],
    within: number,
  ): Promise<void> {
    const m = await awaitMessage(this.peer, this.decode, {
      gone: this.ctx.iutGone,
      within,
      rule: this.ctx.primaryRule,
      expected: `a request ${showFrames(body)} to worker ${this.name} within ${Math.round(within)} ms`,
      accept: () => true,
      describe,
    })
    if (this.held)
      throw new ConformanceFailure(
        "SPP-8",
        `nothing more to worker ${this.name} until it replies`,
        `${describe(m)} while it held ${showFrames(this.held.body)}`,
      )
    if (!sameFrames(m.client, [client]) || !sameFrames(m.body, body))
      throw new ConformanceFailure(
        "SPP-9",
        `the request of ${renderFrame(client)}, ${showFrames(body)}, with its envelope, unchanged`,
        describe(m),
      )
    this.held = m
  }

  /** The REQ worker's reply: the client envelope it got, then the reply. */
  async reply(body: Buffer[]): Promise<void> {
    const held = this.held
    if (!held) throw new Error(`worker ${this.name} holds no request`)
    this.held = undefined
    await this.peer.send(
      encodeWorkerReply({ command: "REPLY", client: held.client, body }),
    )
  }

  /**
   * SPP-8: when a request did not reach the worker it should have, it may
   * have gone to this one while it was busy; what is waiting here says so.
   */
  async checkNothingWhileBusy(): Promise<void> {
    if (this.held && this.peer.unread > 0) await this.expectNothing(0)
  }

  /** Nothing for `ms`: a busy worker gets no second request (SPP-8), an idle one nothing of the queue's own (SPP-12). */
  async expectNothing(ms: number): Promise<void> {
    const busy = !!this.held
    await expectQuiet(this.peer, this.decode, {
      for: ms,
      rule: busy ? "SPP-8" : "SPP-12",
      expected: busy
        ? `nothing more to worker ${this.name} until it replies`
        : `nothing to the idle worker ${this.name}: the queue sends nothing of its own`,
      allow: () => false,
      describe,
    })
  }

  async close(): Promise<void> {
    await this.peer.close()
  }
}
