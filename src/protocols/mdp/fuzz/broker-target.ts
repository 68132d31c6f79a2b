import {
  around,
  type Findings,
  type Target,
  type TargetOptions,
} from "../../../fuzz/target"
import { RawPeer } from "../../../harness/peers"
import { HonestClient } from "./honest-client"
import { HonestWorker } from "./honest-worker"
import { service, startPeer, unrecorded } from "./peer"

/**
 * The reference broker in its own process, an honest echo worker and an
 * honest client, and attacker DEALER peers. The DEALERs' high-water mark
 * (libzmq's 1000) is what holds the attackers back.
 */
export function startBrokerTarget(o: TargetOptions): Promise<Target> {
  const peer = startPeer("broker", o, ["--bind", "tcp://127.0.0.1:*"])
  return around(peer, async () => {
    // Bound to a port the broker picked and printed: no free-port race.
    const [, endpoint] = await peer.line(/^bound (\S+)/, o.startMs)
    const worker = new HonestWorker(endpoint, service, o.heartbeatMs)
    await worker.start()
    const client = new HonestClient(endpoint, service)
    const attackers = Array.from({ length: o.attackers }, (_, i) =>
      RawPeer.dealer(`attacker ${i}`, unrecorded).connect(endpoint),
    )
    return {
      peer,
      attackers: attackers.map(a => (frames: Buffer[]) => a.send(frames)),
      roundTrip: ms => client.roundTrip(ms),
      lockstep: (frames, ms) => client.lockstep(frames, ms),
      findings: () => findings(worker, client, o.heartbeatMs),
      async close() {
        await Promise.all([...attackers, client].map(a => a.close()))
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
  return f
}
