import { renderFrame, type DecodeResult } from "../../../codec"
import { awaitMessage, expectQuiet } from "../../../harness/expect"
import { RawPeer, type ShapeOptions } from "../../../harness/peers"
import type { DriverContext } from "./context"
import type { Answer, FromClient, FromWorker } from "./dialect"

/** A message from the IUT with the connection it came on (the ROUTER identity). */
export interface FromPeer<T> {
  readonly id: Buffer
  readonly msg: T
}

const name = (id: Buffer) => `connection ${renderFrame(id)}`

/**
 * The suite playing a Majordomo broker: one ROUTER socket bound on loopback,
 * to which the worker or client under test connects. Every message keeps the
 * identity it arrived with, so a new connection (a fresh socket after a
 * reconnect) is told apart from the old one. The fuzzer plays the broker
 * to a worker with it too, its ROUTER `mandatory` so a flood meets
 * backpressure instead of being dropped.
 */
export class FakeBroker {
  peer: RawPeer
  endpoint = ""
  private heartbeat?: NodeJS.Timeout

  constructor(
    private readonly ctx: DriverContext,
    private readonly socket: ShapeOptions = {},
  ) {
    this.peer = RawPeer.router("broker", ctx.transcript, socket)
  }

  async bind(endpoint: string): Promise<string> {
    this.endpoint = await this.peer.bind(endpoint)
    return this.endpoint
  }

  /**
   * The broker crashes and comes back on the same endpoint: every connection
   * drops without a word, and the new broker knows no one. The peer's own
   * ZeroMQ socket reconnects by itself, so what it sends next reaches a
   * broker that never saw its READY.
   */
  async restart(): Promise<void> {
    this.stopHeartbeats()
    await this.peer.close()
    this.ctx.transcript.note(
      "suite",
      `fault: the broker at ${this.endpoint} crashed; binding a new one there`,
    )
    this.peer = RawPeer.router("broker", this.ctx.transcript, this.socket)
    // libzmq releases the port in its I/O thread, a moment after close().
    const deadline = performance.now() + 2000
    for (;;) {
      try {
        await this.peer.bind(this.endpoint)
        return
      } catch (err) {
        if (performance.now() > deadline) throw err
        await new Promise(r => setTimeout(r, 20))
      }
    }
  }

  /** Decoders see the frames after the identity; a frame-less message is malformed. */
  private static split<T>(decode: (f: Buffer[]) => DecodeResult<T>) {
    return (frames: Buffer[]): DecodeResult<FromPeer<T>> => {
      const r = decode(frames.slice(1))
      return r.ok ? { ok: true, value: { id: frames[0], msg: r.value } } : r
    }
  }

  readonly fromWorker = FakeBroker.split(f =>
    this.ctx.dialect.decodeFromWorker(f),
  )
  readonly fromClient = FakeBroker.split(f =>
    this.ctx.dialect.decodeFromClient(f),
  )

  async expectFromWorker(
    within: number,
    expected: string,
    accept: (m: FromPeer<FromWorker>) => boolean,
    skip?: (m: FromPeer<FromWorker>) => boolean,
    rule = this.ctx.primaryRule,
  ): Promise<FromPeer<FromWorker>> {
    return awaitMessage(this.peer, this.fromWorker, {
      gone: this.ctx.iutGone,
      within,
      rule,
      expected,
      accept,
      skip,
      describe: m => `${m.msg.command} on ${name(m.id)}`,
    })
  }

  async expectWorkerQuiet(
    ms: number,
    expected: string,
    allow: (m: FromPeer<FromWorker>) => boolean,
    rule = this.ctx.primaryRule,
  ): Promise<FromPeer<FromWorker>[]> {
    return expectQuiet(this.peer, this.fromWorker, {
      for: ms,
      rule,
      expected,
      allow,
      describe: m => `${m.msg.command} on ${name(m.id)}`,
    })
  }

  async expectFromClient(
    within: number,
    expected: string,
    rule = this.ctx.primaryRule,
  ): Promise<FromPeer<FromClient>> {
    return awaitMessage(this.peer, this.fromClient, {
      gone: this.ctx.iutGone,
      within,
      rule,
      expected,
      accept: () => true,
      describe: m => `${m.msg.command} for ${m.msg.service} on ${name(m.id)}`,
    })
  }

  async expectClientQuiet(
    ms: number,
    expected: string,
    rule = this.ctx.primaryRule,
  ): Promise<void> {
    await expectQuiet(this.peer, this.fromClient, {
      for: ms,
      rule,
      expected,
      allow: () => false,
      describe: m => `${m.msg.command} on ${name(m.id)}`,
    })
  }

  async sendRequest(
    worker: Buffer,
    client: Buffer,
    body: Buffer[],
  ): Promise<void> {
    await this.peer.send([
      worker,
      ...this.ctx.dialect.workerRequest(client, body),
    ])
  }

  async sendHeartbeat(worker: Buffer): Promise<void> {
    await this.peer.send([worker, ...this.ctx.dialect.heartbeat()])
  }

  async sendDisconnect(worker: Buffer): Promise<void> {
    await this.peer.send([worker, ...this.ctx.dialect.disconnect()])
  }

  async sendRaw(id: Buffer, frames: Buffer[]): Promise<void> {
    await this.peer.send([id, ...frames])
  }

  async reply(
    client: Buffer,
    service: string,
    body: Buffer[],
    kind: Answer = this.ctx.dialect.final,
  ): Promise<void> {
    await this.peer.send([
      client,
      ...this.ctx.dialect.clientAnswer(kind, service, body),
    ])
  }

  /** HEARTBEAT to one worker connection every interval, as a live broker does. */
  startHeartbeats(worker: Buffer): void {
    this.stopHeartbeats()
    this.heartbeat = setInterval(
      () => this.sendHeartbeat(worker).catch(() => {}),
      this.ctx.timing.heartbeatMs,
    )
  }

  stopHeartbeats(): void {
    clearInterval(this.heartbeat)
    this.heartbeat = undefined
  }

  async close(): Promise<void> {
    this.stopHeartbeats()
    await this.peer.close()
  }
}
