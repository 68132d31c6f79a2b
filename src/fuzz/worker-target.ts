import { FakeBroker } from "./fake-broker"
import {
  around,
  type Findings,
  service,
  startPeer,
  type Target,
  type TargetOptions,
} from "./target"

/**
 * The reference worker in its own process, connected to the fuzzer playing
 * the broker. Attack and honest REQUESTs share the one ROUTER and Outbox.
 */
export async function startWorkerTarget(o: TargetOptions): Promise<Target> {
  const broker = await FakeBroker.bind(o.heartbeatMs)
  const args = ["--connect", broker.endpoint, "--service", service]
  const peer = startPeer("worker", o, args)
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
      lockstep: (frames, ms) => broker.lockstep(frames, ms),
      findings: () => findings(broker, o.heartbeatMs),
      close: () => broker.close(),
    }
  })
}

function findings(broker: FakeBroker, heartbeatMs: number): Findings {
  const f: Findings = {
    problems: [],
    warnings: [],
    figures: {
      "worker READY count": broker.readies,
      "worker silence max ms": Math.round(broker.maxWorkerSilenceMs),
    },
  }
  // Nothing valid that ends a session is ever sent (valid DISCONNECTs are
  // skipped), so a second READY means garbage made the worker start over.
  if (broker.readies > 1) {
    const message = `the worker sent READY ${broker.readies} times: it dropped its session and started over`
    f.problems.push({ kind: "session-restarted", message })
  }
  if (broker.invalidFromWorker > 0) {
    const message = `the worker sent ${broker.invalidFromWorker} invalid messages, e.g. ${broker.invalidSamples[0]}`
    f.problems.push({ kind: "invalid-output", message })
  }
  if (broker.disconnects > 0)
    f.warnings.push(`the worker sent DISCONNECT ${broker.disconnects} times`)
  const liveness = 3 * heartbeatMs
  if (broker.maxWorkerSilenceMs > liveness)
    f.warnings.push(
      `the worker was silent for up to ${Math.round(broker.maxWorkerSilenceMs)} ms (liveness: ${liveness} ms)`,
    )
  return f
}
