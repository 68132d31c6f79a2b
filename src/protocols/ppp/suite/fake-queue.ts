import { renderFrame, type DecodeResult } from "../../../codec"
import {
  encodeHeartbeat,
  encodeRequest,
  type FromWorker,
} from "../../../generated/ppp"
import { awaitMessage, expectQuiet } from "../../../harness/expect"
import { RawPeer } from "../../../harness/peers"
import type { DriverContext } from "../../lazy-pirate/suite/context"
import { decodeAtQueue } from "./frames"

/** A message from the worker under test with the connection it came on. */
export interface FromConnection {
  readonly id: Buffer
  readonly msg: FromWorker
}

export const connectionName = (id: Buffer) => `connection ${renderFrame(id)}`

export const describeMessage = (m: FromConnection) =>
  `${m.msg.command} on ${connectionName(m.id)}`

/**
 * The suite playing the 6/PPP queue of a worker under test: a ROUTER bound
 * on loopback, so every message keeps the identity of the connection it
 * came on, and a new socket after a reconnect is told from the old one.
 * It heartbeats the worker's current connection at the declared interval.
 */
export class FakeQueue {
  peer: RawPeer
  endpoint = ""
  private heartbeat?: NodeJS.Timeout
  /** Connections heard from: the first message on any other opens one (PPP-1). */
  private readonly known = new Set<string>()
  /**
   * After a restart, the worker's old socket reconnects by itself and may
   * speak first on a connection new to this queue: it opens nothing, so
   * its one-frame messages are read as heartbeats, not as READY.
   */
  strangerExpected = false

  constructor(private readonly ctx: DriverContext) {
    this.peer = RawPeer.router("queue", ctx.transcript)
  }

  async bind(endpoint: string): Promise<string> {
    this.endpoint = await this.peer.bind(endpoint)
    return this.endpoint
  }

  /** Decodes after the identity; the first message on a connection is read as a READY. */
  private readonly decode = (
    frames: Buffer[],
  ): DecodeResult<FromConnection> => {
    const id = frames[0] ?? Buffer.alloc(0)
    const key = id.toString("hex")
    const opening = !this.known.has(key) && !this.strangerExpected
    this.known.add(key)
    const r = decodeAtQueue(frames.slice(1), opening)
    return r.ok ? { ok: true, value: { id, msg: r.value } } : r
  }

  async expect(
    within: number,
    rule: string,
    expected: string,
    accept: (m: FromConnection) => boolean,
    skip?: (m: FromConnection) => boolean,
  ): Promise<FromConnection> {
    return awaitMessage(this.peer, this.decode, {
      gone: this.ctx.iutGone,
      within,
      rule,
      expected,
      accept,
      skip,
      describe: describeMessage,
    })
  }

  async expectQuiet(
    ms: number,
    rule: string,
    expected: string,
    allow: (m: FromConnection) => boolean,
  ): Promise<void> {
    await expectQuiet(this.peer, this.decode, {
      for: ms,
      rule,
      expected,
      allow,
      describe: describeMessage,
    })
  }

  async request(
    worker: Buffer,
    stack: Buffer[],
    body: Buffer[],
  ): Promise<void> {
    await this.peer.send([
      worker,
      ...encodeRequest({ command: "REQUEST", stack, body }),
    ])
  }

  /** HEARTBEAT to one connection every interval, as a live queue does (PPP-9). */
  startHeartbeats(worker: Buffer): void {
    this.stopHeartbeats()
    const frames = [worker, ...encodeHeartbeat({ command: "HEARTBEAT" })]
    this.heartbeat = setInterval(
      () => void this.peer.send(frames).catch(() => {}),
      this.ctx.timing.heartbeatMs,
    )
  }

  stopHeartbeats(): void {
    clearInterval(this.heartbeat)
    this.heartbeat = undefined
  }

  /**
   * The queue crashes and comes back on the same endpoint: every connection
   * drops, and the new queue knows no one. The worker's ZeroMQ socket
   * reconnects by itself, so what it sends next reaches a queue that never
   * saw its READY, and hears nothing back.
   */
  async restart(): Promise<void> {
    this.stopHeartbeats()
    await this.peer.close()
    this.ctx.transcript.note(
      "suite",
      `fault: the queue at ${this.endpoint} crashed; binding a new one there`,
    )
    // libzmq releases the port in its I/O thread, a moment after close().
    const deadline = performance.now() + 2000
    for (;;) {
      this.peer = RawPeer.router("queue", this.ctx.transcript)
      try {
        await this.peer.bind(this.endpoint)
        return
      } catch (err) {
        await this.peer.close()
        if (performance.now() > deadline) throw err
        await new Promise(r => setTimeout(r, 20))
      }
    }
  }

  async close(): Promise<void> {
    this.stopHeartbeats()
    await this.peer.close()
  }
}
