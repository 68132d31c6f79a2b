import { Dealer } from "zeromq"
import { Outbox } from "../core/outbox"
import { FakeBroker } from "./fake-broker"
import { HonestClient } from "./honest-client"
import { HonestWorker } from "./honest-worker"
import { PeerProcess } from "./peer-process"
import type { RoundTrip } from "./round-trips"

/** The reference peer a run attacks. */
export type TargetName = "broker" | "worker"

/** Something the honest parties saw that fails the run. */
export interface Problem {
  readonly kind: "session-restarted" | "invalid-output"
  readonly message: string
}

/**
 * A reference peer under attack, with the honest parties around it: the
 * fuzzer only floods through `attackers`, measures with `roundTrip`, and
 * reads the rest from `problems`, `warnings` and `figures`.
 */
export interface Target {
  readonly peer: PeerProcess
  /** One send function per attacker socket. */
  readonly attackers: ReadonlyArray<(frames: Buffer[]) => Promise<void>>
  readonly roundTrip: RoundTrip
  problems(): Problem[]
  /** Worth reading, but not a failure: the load may explain them. */
  warnings(): string[]
  figures(): Record<string, number>
  /** Closes the fuzzer's sockets; the peer is stopped separately. */
  close(): Promise<void>
}

export interface TargetOptions {
  readonly heartbeatMs: number
  readonly attackers: number
  readonly startMs: number
}

const service = "echo"

/** Tries `make`; stops the peer if the honest parties cannot be set up. */
async function around(
  peer: PeerProcess,
  make: () => Promise<Target>,
): Promise<Target> {
  try {
    return await make()
  } catch (err) {
    await peer.stop()
    throw err
  }
}

/**
 * The reference broker in its own process, an honest echo worker and an
 * honest client, and attacker DEALERs each with its own Outbox. The
 * DEALERs' high-water mark is what holds the attackers back.
 */
export function startBrokerTarget(o: TargetOptions): Promise<Target> {
  const hb = String(o.heartbeatMs)
  const args = [
    "broker",
    "--bind",
    "tcp://127.0.0.1:*",
    "--heartbeat-ms",
    hb,
    "--log-level",
    "warn",
  ]
  const peer = PeerProcess.start(args)
  return around(peer, async () => {
    const [, endpoint] = await peer.line(/^bound (\S+)/, o.startMs)
    const worker = new HonestWorker(endpoint, service, o.heartbeatMs)
    await worker.start()
    const client = new HonestClient(endpoint, service)
    const sockets = Array.from({ length: o.attackers }, () => {
      const socket = new Dealer({ linger: 0, sendHighWaterMark: 1000 })
      socket.connect(endpoint)
      return { socket, outbox: new Outbox(socket) }
    })
    return {
      peer,
      attackers: sockets.map(s => (frames: Buffer[]) => s.outbox.send(frames)),
      roundTrip: ms => client.roundTrip(ms),
      problems: () =>
        worker.invalidFromBroker > 0
          ? [
              {
                kind: "invalid-output",
                message: `the broker sent the honest worker ${worker.invalidFromBroker} invalid messages`,
              },
            ]
          : [],
      warnings: () => [
        ...(worker.reconnects > 0
          ? [
              `the broker sent the honest worker DISCONNECT ${worker.reconnects} times (it reconnected)`,
            ]
          : []),
        ...(worker.maxBrokerSilenceMs > 3 * o.heartbeatMs
          ? [
              `the broker was silent towards the honest worker for up to ${Math.round(worker.maxBrokerSilenceMs)} ms (liveness: ${3 * o.heartbeatMs} ms)`,
            ]
          : []),
        ...(client.strays > 0
          ? [
              `the honest client got ${client.strays} messages that were not its REPLY`,
            ]
          : []),
        ...(worker.lastError
          ? [`honest worker receive failed: ${worker.lastError.message}`]
          : []),
      ],
      figures: () => ({
        "honest worker served": worker.served,
        "honest worker reconnects": worker.reconnects,
        "broker silence max ms": Math.round(worker.maxBrokerSilenceMs),
      }),
      async close() {
        for (const s of sockets) s.socket.close()
        client.close()
        await worker.stop()
      },
    }
  })
}

/**
 * The reference worker in its own process, connected to the fuzzer playing
 * the broker. Attack and honest REQUESTs share the one ROUTER and Outbox.
 */
export async function startWorkerTarget(o: TargetOptions): Promise<Target> {
  const broker = await FakeBroker.bind(o.heartbeatMs)
  const hb = String(o.heartbeatMs)
  const args = [
    "worker",
    "--connect",
    broker.endpoint,
    "--service",
    service,
    "--heartbeat-ms",
    hb,
    "--log-level",
    "warn",
  ]
  const peer = PeerProcess.start(args)
  return around(peer, async () => {
    if (!(await broker.waitForWorker(o.startMs))) {
      await broker.close()
      throw new Error(
        `${peer.command} sent no READY within ${o.startMs} ms\n${peer.lastLines()}`,
      )
    }
    return {
      peer,
      attackers: [frames => broker.send(frames)],
      roundTrip: ms => broker.roundTrip(ms),
      problems: () => [
        ...(broker.readies > 1
          ? [
              {
                kind: "session-restarted" as const,
                message: `the worker sent READY ${broker.readies} times: it dropped its session and started over`,
              },
            ]
          : []),
        ...(broker.invalidFromWorker > 0
          ? [
              {
                kind: "invalid-output" as const,
                message: `the worker sent ${broker.invalidFromWorker} invalid messages, e.g. ${broker.invalidSamples[0]}`,
              },
            ]
          : []),
      ],
      warnings: () => [
        ...(broker.disconnects > 0
          ? [`the worker sent DISCONNECT ${broker.disconnects} times`]
          : []),
        ...(broker.maxWorkerSilenceMs > 3 * o.heartbeatMs
          ? [
              `the worker was silent for up to ${Math.round(broker.maxWorkerSilenceMs)} ms (liveness: ${3 * o.heartbeatMs} ms)`,
            ]
          : []),
      ],
      figures: () => ({
        "worker READY count": broker.readies,
        "worker silence max ms": Math.round(broker.maxWorkerSilenceMs),
      }),
      close: () => broker.close(),
    }
  })
}
