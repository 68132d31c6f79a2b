import { randomUUID } from "node:crypto"
import { describeDecodeError } from "../../../codec"
import { RawPeer } from "../../../harness/peers"
import type { ScenarioRun } from "../../../harness/scenario"
import { ConformanceFailure } from "../../../harness/verdict"
import { decodeToClient, type ToClient } from "../../../generated/rfl"
import { exactStringRule } from "./exact-strings"

const show = (frames: Buffer[]) =>
  frames.map(f => JSON.stringify(f.toString("latin1"))).join(" ")

/**
 * The suite as Reliable Freelance clients of a server under test: DEALERs
 * (RFL-1) that send frames exactly as given and check each answer against
 * the schemas and the request it answers.
 */
export class ServerUnderTest {
  private readonly clients = new Map<string, RawPeer>()
  /** The id and payload of the last REQUEST, for repeats. */
  last?: { id: Buffer; payload: Buffer[] }
  /** The OK result frames each request id got first. */
  private readonly firstResult = new Map<string, Buffer[]>()

  constructor(private readonly run: ScenarioRun) {}

  client(name: string): RawPeer {
    let peer = this.clients.get(name)
    if (!peer) {
      peer = new RawPeer(`client ${name}`, this.run.transcript)
      peer.connect(this.run.endpoint("endpoint"))
      this.clients.set(name, peer)
    }
    return peer
  }

  /**
   * Sends as given, after checking that nothing arrived unasked: a second
   * RESPONSE to a request already answered breaks RFL-S2.
   */
  async send(name: string, frames: Array<Buffer | string>): Promise<void> {
    const peer = this.client(name)
    const extra = peer.unread > 0 ? await peer.next(0) : undefined
    if (extra)
      throw new ConformanceFailure(
        "RFL-S2",
        "exactly one RESPONSE per REQUEST, nothing unasked",
        `a further message ${show(extra)}`,
      )
    await peer.send(frames)
  }

  async request(name: string, payload: Buffer[], id?: Buffer): Promise<void> {
    const requestId = id ?? Buffer.from(randomUUID())
    this.last = { id: requestId, payload }
    await this.send(name, ["", "REQUEST", requestId, ...payload])
  }

  /** The next message to `name`, decoded; a decode error is `rule`'s failure. */
  async next(
    name: string,
    within: number,
    rule: string,
    what: string,
  ): Promise<ToClient> {
    const m = await this.client(name).next(within)
    if (!m) {
      const gone = this.run.iutGone()
      throw new ConformanceFailure(
        rule,
        `${what} within ${Math.round(within)} ms`,
        gone ?? "nothing",
      )
    }
    const d = decodeToClient(m)
    if (!d.ok)
      throw new ConformanceFailure(
        exactStringRule(m, d.error.rule),
        what,
        describeDecodeError(d.error),
      )
    return d.value
  }

  /** RFL-S1, RFL-7: the heartbeat reply; resolves to its server id. */
  async expectHeartbeatReply(name: string, within: number): Promise<string> {
    const m = await this.next(name, within, "RFL-S1", "a heartbeat reply")
    if (m.command !== "HEARTBEAT")
      throw new ConformanceFailure("RFL-S1", "a heartbeat reply", "a RESPONSE")
    return m.serverId
  }

  /**
   * RFL-S2, RFL-S3, RFL-10: the RESPONSE to the last request, with `status`;
   * resolves to its result (OK) or message (ERROR).
   */
  async expectResponse(
    name: string,
    status: "OK" | "ERROR",
    within: number,
    rule = "RFL-S2",
  ): Promise<Buffer[]> {
    const m = await this.next(name, within, rule, `a RESPONSE ${status}`)
    const id = this.last!.id
    if (m.command !== "RESPONSE")
      throw new ConformanceFailure(
        rule,
        `a RESPONSE ${status}`,
        "a heartbeat reply",
      )
    if (!m.requestId.equals(id))
      throw new ConformanceFailure(
        "RFL-10",
        `request id ${show([id])}`,
        `request id ${show([m.requestId])}`,
      )
    if (m.status !== status)
      throw new ConformanceFailure(
        rule,
        `status ${status}`,
        `status ${m.status}${"message" in m ? `: ${m.message}` : ""}`,
      )
    return m.status === "ERROR"
      ? [Buffer.from(m.message)]
      : "result" in m
        ? m.result
        : []
  }

  /** RFL-S4: a repeat gets the stored response: the same result, counter included. */
  async expectSameResult(
    name: string,
    within: number,
    rule = "RFL-S4",
  ): Promise<void> {
    const key = this.last!.id.toString("latin1")
    const result = await this.expectResponse(name, "OK", within, rule)
    const first = this.firstResult.get(key)
    if (!first) {
      this.firstResult.set(key, result)
      return
    }
    if (show(first) !== show(result))
      throw new ConformanceFailure(
        "RFL-S4",
        `the stored response, result ${show(first)} (the work runs once)`,
        `result ${show(result)}: it ran again`,
      )
  }

  async expectSilence(
    name: string,
    within: number,
    rule: string,
  ): Promise<void> {
    const m = await this.client(name).next(within)
    if (m)
      throw new ConformanceFailure(
        rule,
        `nothing within ${Math.round(within)} ms`,
        show(m),
      )
  }

  async close(): Promise<void> {
    for (const c of this.clients.values()) await c.close()
  }
}
