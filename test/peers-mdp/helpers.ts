import pino from "pino"
import {
  decodeFromWorker,
  decodeToClient,
  decodeToWorker,
  type FromWorker,
  type ToClient,
  type ToWorker,
  type WorkerRequest,
} from "../../src/generated/mdp-0.1"
import { RawPeer as Raw } from "../../src/harness/peers"
import { Transcript } from "../../src/harness/transcript"
import {
  MdpBroker,
  type MdpBrokerOptions,
} from "../../src/protocols/mdp/peers/broker"

/**
 * Short heartbeats so that tests finish fast, with a generous liveness so a
 * busy test machine does not expire peers by accident. Expiry tests set
 * liveness 3 themselves.
 */
export const fast = { heartbeatMs: 50, liveness: 10 }

export async function startBroker(opts: Partial<MdpBrokerOptions> = {}) {
  const broker = new MdpBroker({ bind: "tcp://127.0.0.1:*", ...fast, ...opts })
  const endpoint = await broker.start()
  return { broker, endpoint }
}

/** The test peers' transcript: quiet, as a test asserts on what it reads. */
const unrecorded = new Transcript(0)

/**
 * The harness's DEALER raw peer, playing a worker or client frame by frame,
 * with MDP/0.1 decoding for tests. Every wait is bounded: next() resolves to
 * undefined when nothing arrives in time.
 */
export class RawPeer {
  readonly peer = Raw.dealer("test dealer", unrecorded)

  constructor(endpoint: string) {
    this.peer.connect(endpoint)
  }

  send(frames: Array<Buffer | string>): Promise<void> {
    return this.peer.send(frames)
  }

  next(within: number): Promise<Buffer[] | undefined> {
    return this.peer.next(within)
  }

  /** The next worker command, decoded; throws on invalid frames. */
  async command(
    within: number,
    skipHeartbeats = false,
  ): Promise<ToWorker | undefined> {
    const deadline = Date.now() + within
    for (;;) {
      const frames = await this.next(Math.max(1, deadline - Date.now()))
      if (!frames) return undefined
      const decoded = decodeToWorker(frames)
      if (!decoded.ok)
        throw new Error(
          `invalid frames to worker: ${JSON.stringify(decoded.error)}`,
        )
      if (skipHeartbeats && decoded.value.command === "HEARTBEAT") continue
      return decoded.value
    }
  }

  /** The next REQUEST, skipping HEARTBEATs; throws if something else or nothing comes. */
  async request(within: number): Promise<WorkerRequest> {
    const m = await this.command(within, true)
    if (m?.command !== "REQUEST") {
      throw new Error(
        `expected REQUEST within ${within} ms, got ${m?.command ?? "nothing"}`,
      )
    }
    return m
  }

  /** The next client REPLY, decoded; throws on invalid frames. */
  async reply(within: number): Promise<ToClient | undefined> {
    const frames = await this.next(within)
    if (!frames) return undefined
    const decoded = decodeToClient(frames)
    if (!decoded.ok)
      throw new Error(
        `invalid frames to client: ${JSON.stringify(decoded.error)}`,
      )
    return decoded.value
  }

  /** Closing a raw peer never waits on the other side (linger 0). */
  close(): Promise<void> {
    return this.peer.close()
  }
}

/** The harness's ROUTER raw peer, playing the broker for worker and client tests. */
export class RawBroker {
  readonly peer = Raw.router("test router", unrecorded)

  bind(): Promise<string> {
    return this.peer.bind("tcp://127.0.0.1:*")
  }

  /** The next message as [identity, ...frames], or undefined in time. */
  next(within: number): Promise<Buffer[] | undefined> {
    return this.peer.next(within)
  }

  send(frames: Array<Buffer | string>): Promise<void> {
    return this.peer.send(frames)
  }

  close(): Promise<void> {
    return this.peer.close()
  }
}

/** Frames a DEALER worker or client sends, built by hand to keep tests literal. */
export const frames = {
  ready: (service: string) => ["", "MDPW01", Buffer.from([1]), service],
  reply: (client: Buffer, ...body: string[]) => [
    "",
    "MDPW01",
    Buffer.from([3]),
    client,
    "",
    ...body,
  ],
  heartbeat: () => ["", "MDPW01", Buffer.from([4])],
  disconnect: () => ["", "MDPW01", Buffer.from([5])],
  request: (service: string, ...body: string[]) => [
    "",
    "MDPC01",
    service,
    ...body,
  ],
}

export const text = (body: Buffer[]) => body.map(b => b.toString())

/** A logger whose lines the test can read back. */
export function captureLog() {
  const lines: Array<{ event?: string; [field: string]: unknown }> = []
  const logger = pino(
    { level: "debug" },
    { write: (line: string) => void lines.push(JSON.parse(line)) },
  )
  const of = (event: string) => lines.filter(l => l.event === event)
  return { logger, lines, of, events: () => lines.map(l => l.event) }
}

/** What a fake broker receives from a worker: identity plus decoded command. */
export async function fromWorker(
  broker: RawBroker,
  within: number,
  skipHeartbeats = true,
) {
  const deadline = Date.now() + within
  for (;;) {
    const frames = await broker.next(Math.max(1, deadline - Date.now()))
    if (!frames) return undefined
    const [id, ...rest] = frames
    const decoded = decodeFromWorker(rest)
    if (!decoded.ok)
      throw new Error(`invalid from worker: ${JSON.stringify(decoded.error)}`)
    if (skipHeartbeats && decoded.value.command === "HEARTBEAT") continue
    return { id, msg: decoded.value as FromWorker }
  }
}

/** Frames a fake broker's ROUTER sends a worker, identity first. */
export const toWorker = {
  request: (id: Buffer, client: string, ...body: Array<string | Buffer>) => [
    id,
    "",
    "MDPW01",
    Buffer.from([2]),
    client,
    "",
    ...body,
  ],
  disconnect: (id: Buffer) => [id, "", "MDPW01", Buffer.from([5])],
  heartbeat: (id: Buffer) => [id, "", "MDPW01", Buffer.from([4])],
}
