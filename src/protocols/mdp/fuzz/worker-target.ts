import {
  around,
  type Findings,
  type Target,
  type TargetOptions,
} from "../../../fuzz/target"
import { Timing } from "../../../harness/timing"
import { dialectFor } from "../suite/dialect"
import { FakeBroker } from "../suite/fake-broker"
import { BrokerSide } from "./broker-side"
import { service, startPeer, unrecorded } from "./peer"

/**
 * The reference worker in its own process, connected to the fuzzer playing
 * the broker with the suite's FakeBroker. Attack and honest REQUESTs share
 * its one ROUTER and Outbox.
 */
export async function startWorkerTarget(o: TargetOptions): Promise<Target> {
  const { heartbeatMs } = o
  const fake = new FakeBroker(
    {
      transcript: unrecorded,
      timing: new Timing({ heartbeatMs, liveness: 3 }),
      clientEndpoint: "",
      workerEndpoint: "",
      primaryRule: "MDP-22",
      dialect: dialectFor("mdp/0.1"),
    },
    // A full pipe holds the attacker back (backpressure) instead of dropping.
    { mandatory: true, sendHighWaterMark: 1000 },
  )
  const broker = new BrokerSide(fake)
  const endpoint = await broker.bind()
  const args = ["--connect", endpoint, "--service", service]
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
      findings: () => findings(broker, heartbeatMs),
      close: () => broker.close(),
    }
  })
}

function findings(broker: BrokerSide, heartbeatMs: number): Findings {
  const silence = broker.maxWorkerSilenceMs
  const f: Findings = {
    problems: [],
    warnings: [],
    figures: {
      "worker READY count": broker.readies,
      "worker silence max ms": Math.round(silence),
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
  if (silence > liveness)
    f.warnings.push(
      `the worker was silent for up to ${Math.round(silence)} ms (liveness: ${liveness} ms)`,
    )
  return f
}
