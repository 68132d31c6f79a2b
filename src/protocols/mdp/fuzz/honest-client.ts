import type { Dealer } from "zeromq"
import { decodeToClient, encodeClientRequest } from "../../../generated/mdp-0.1"
import { RawPeer } from "../../../harness/peers"
import { unrecorded } from "./peer"

/**
 * An honest MDP/Client on a raw DEALER (7/MDP allows REQ or DEALER): one
 * REQUEST at a time, each with a body no other request has, so the REPLY
 * can be matched to it.
 */
export class HonestClient {
  /** Messages that were not the REPLY awaited: late, foreign or invalid. */
  strays = 0
  private readonly peer = RawPeer.dealer("honest client", unrecorded)
  private sequence = 0

  constructor(
    endpoint: string,
    private readonly service: string,
  ) {
    this.peer.connect(endpoint)
  }

  /** REQUEST -> REPLY; the time it took, or undefined past the deadline. */
  async roundTrip(deadlineMs: number): Promise<number | undefined> {
    const body = Buffer.from(`honest-${this.sequence++}`)
    const started = performance.now()
    const request = {
      command: "REQUEST" as const,
      service: this.service,
      body: [body],
    }
    if (!(await this.send(encodeClientRequest(request), deadlineMs)))
      return undefined
    for (;;) {
      const left = Math.ceil(deadlineMs - (performance.now() - started))
      if (left <= 0) return undefined
      const frames = await this.peer.next(left)
      if (!frames) return undefined
      const reply = decodeToClient(frames)
      if (reply.ok && this.answers(reply.value, body)) {
        return performance.now() - started
      }
      this.strays++
    }
  }

  /**
   * Frames as they are, then a round trip on the same socket: ZeroMQ keeps
   * one connection's messages in order, so a REPLY proves the broker got
   * past the frames.
   */
  async lockstep(
    frames: Buffer[],
    deadlineMs: number,
  ): Promise<number | undefined> {
    if (!(await this.send(frames, deadlineMs))) return undefined
    return this.roundTrip(deadlineMs)
  }

  /** False when the broker stopped reading: it must not hold the deadline up. */
  private async send(frames: Buffer[], deadlineMs: number): Promise<boolean> {
    ;(this.peer.socket as Dealer).sendTimeout = deadlineMs
    try {
      await this.peer.send(frames)
      return true
    } catch (err) {
      if ((err as { code?: string }).code === "EAGAIN") return false
      throw err
    }
  }

  /** MDP-7: the REPLY names the service asked for and carries the body back. */
  private answers(
    reply: { service: string; body: Buffer[] },
    body: Buffer,
  ): boolean {
    return (
      reply.service === this.service &&
      reply.body.length === 1 &&
      reply.body[0].equals(body)
    )
  }

  close(): Promise<void> {
    return this.peer.close()
  }
}
