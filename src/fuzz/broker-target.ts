import { Dealer } from "zeromq"
import { Outbox } from "../core/outbox"
import { HonestClient } from "./honest-client"
import { HonestWorker } from "./honest-worker"
import {
  around,
  type Findings,
  service,
  startPeer,
  type Target,
  type TargetOptions,
} from "./target"

/**
 * The reference broker in its own process, an honest echo worker and an
 * honest client, and attacker DEALERs each with its own Outbox. The
 * DEALERs' high-water mark is what holds the attackers back.
 */
export function startBrokerTarget(o: TargetOptions): Promise<Target> {
  const peer = startPeer("broker", o, ["--bind", "tcp://127.0.0.1:*"])
  return around(peer, async () => {
    // Bound to a port the broker picked and printed: no free-port race.
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
      lockstep: (frames, ms) => client.lockstep(frames, ms),
      findings: () => findings(worker, client, o.heartbeatMs),
      async close() {
        for (const s of sockets) s.socket.close()
        client.close()
        await worker.stop()
      },
    }
  })
}

function findings(
  worker: HonestWorker,
  client: HonestClient,
  heartbeatMs: number,
): Findings {
  const f: Findings = {
    problems: [],
    warnings: [],
    figures: {
      "honest worker served": worker.served,
      "honest worker reconnects": worker.reconnects,
      "broker silence max ms": Math.round(worker.maxBrokerSilenceMs),
    },
  }
  if (worker.invalidFromBroker > 0) {
    const message = `the broker sent the honest worker ${worker.invalidFromBroker} invalid messages`
    f.problems.push({ kind: "invalid-output", message })
  }
  // MDP-44: a worker silent for 3 intervals may be dropped; under a flood
  // on a busy box that can be the fuzzer's fault, so these only warn.
  if (worker.reconnects > 0)
    f.warnings.push(
      `the broker sent the honest worker DISCONNECT ${worker.reconnects} times (it reconnected)`,
    )
  const liveness = 3 * heartbeatMs
  if (worker.maxBrokerSilenceMs > liveness)
    f.warnings.push(
      `the broker was silent towards the honest worker for up to ${Math.round(worker.maxBrokerSilenceMs)} ms (liveness: ${liveness} ms)`,
    )
  if (client.strays > 0)
    f.warnings.push(
      `the honest client got ${client.strays} messages that were not its REPLY`,
    )
  if (worker.lastError)
    f.warnings.push(`honest worker receive failed: ${worker.lastError.message}`)
  return f
}
