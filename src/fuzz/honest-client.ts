import { Dealer } from "zeromq"
import { Outbox } from "../core/outbox"
import { decodeToClient, encodeClientRequest } from "../generated/mdp-0.1"

/**
 * An honest MDP/Client on a raw DEALER (7/MDP allows REQ or DEALER): one
 * REQUEST at a time, each with a body no other request has, so the REPLY
 * can be matched to it.
 */
export class HonestClient {
  /** Messages that were not the REPLY awaited: late, foreign or invalid. */
  strays = 0
  private readonly socket = new Dealer({ linger: 0 })
  private readonly outbox = new Outbox(this.socket)
  private sequence = 0

  constructor(
    endpoint: string,
    private readonly service: string,
  ) {
    this.socket.connect(endpoint)
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
    // A broker that stopped reading must not hold the deadline up.
    this.socket.sendTimeout = deadlineMs
    try {
      await this.outbox.send(encodeClientRequest(request))
    } catch (err) {
      if ((err as { code?: string }).code === "EAGAIN") return undefined
      throw err
    }
    for (;;) {
      const left = Math.ceil(deadlineMs - (performance.now() - started))
      if (left <= 0) return undefined
      this.socket.receiveTimeout = left
      let frames: Buffer[]
      try {
        frames = await this.socket.receive()
      } catch (err) {
        if ((err as { code?: string }).code === "EAGAIN") return undefined
        throw err
      }
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
    this.socket.sendTimeout = deadlineMs
    await this.outbox.send(frames)
    return this.roundTrip(deadlineMs)
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

  close(): void {
    this.socket.close()
  }
}
