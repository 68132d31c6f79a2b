import { Router } from "zeromq"
import {
  commandFrame,
  DISCONNECT,
  EMPTY,
  MDPC01,
  MDPW01,
  READY,
  REPLY,
  REQUEST,
  roleAt,
  workerRole,
} from "./mdp-frames"

/**
 * The fair limit for an MDP broker: the Guide's load-balancing pattern cut
 * to what MDP-48 leaves a broker, one request per worker at a time. Like the
 * brokers it has one ROUTER for clients and workers (MDP-5) and drives the
 * same 7/MDP workers, so a request crosses the same hop and the same frames
 * as through `marque broker`; only the work in the middle differs.
 *
 * - An idle worker's identity waits in a FIFO; a worker is idle after READY
 *   and again when its REPLY comes back, never before.
 * - A request that finds no idle worker waits in a FIFO of its own.
 *
 * What it skips, by design: the codec and every validation (it reads frames
 * by position and trusts their shape), heartbeats, timers, expiry, services
 * (one service per run, as the bench has: the name in the last READY goes
 * back in every reply), MMI, limits, logging, and requeueing (a worker that
 * leaves holding a request loses it: the bench's workers leave only once the
 * clients are done). Frames are moved, never copied. What is left is about
 * the least work any broker bound by MDP-48 does per request, so marque's
 * throughput over this one's is the share of that ceiling it reaches.
 *
 *   node dist/bench/one-in-flight.js ENDPOINT
 *
 * Prints "bound <endpoint>" once bound; exits on SIGTERM.
 */
const REQUEST_FRAME = commandFrame(REQUEST)

async function main(endpoint: string): Promise<void> {
  const router = new Router({ linger: 0 })
  await router.bind(endpoint)
  const idle: Buffer[] = []
  /** Client messages as received: [client][""][MDPC01][service][body…]. */
  const waiting: Buffer[][] = []
  let service: Buffer = EMPTY
  let closing = false

  // One receive loop that awaits its own sends: zeromq.js allows one send in
  // progress per socket, and nothing else sends.
  const toWorker = (worker: Buffer, m: Buffer[]) =>
    router.send([
      worker,
      EMPTY,
      MDPW01,
      REQUEST_FRAME,
      m[0],
      EMPTY,
      ...m.slice(4),
    ])

  /** A worker is free: it takes the oldest waiting request, or waits itself. */
  const free = async (worker: Buffer) => {
    const next = waiting.shift()
    if (next) await toWorker(worker, next)
    else idle.push(worker)
  }

  const serve = async () => {
    for await (const m of router) {
      // m: [sender][""][MDPC01 or MDPW01]…: one byte tells them apart.
      if (m[2][roleAt] !== workerRole) {
        const worker = idle.shift()
        if (worker) await toWorker(worker, m)
        else waiting.push(m)
        continue
      }
      const command = m[3][0]
      if (command === REPLY) {
        // The worker's next request goes first, so that it idles no longer
        // than it must; then [worker][""][MDPW01][REPLY][client][""][body…]
        // goes back to the client.
        await free(m[0])
        await router.send([m[4], EMPTY, MDPC01, service, ...m.slice(6)])
      } else if (command === READY) {
        service = m[4]
        await free(m[0])
      } else if (command === DISCONNECT) {
        const at = idle.findIndex(w => w.equals(m[0]))
        if (at >= 0) idle.splice(at, 1)
      }
      // HEARTBEAT and anything else are ignored: the workers only answer
      // heartbeats, and none are sent.
    }
  }
  const done = serve().catch(err => {
    if (!closing) throw err
  })
  process.stdout.write(`bound ${router.lastEndpoint}\n`)
  process.once("SIGTERM", () => {
    closing = true
    router.close()
  })
  await done
  // An explicit exit, so that node --cpu-prof writes its profile.
  process.exit(0)
}

const [endpoint] = process.argv.slice(2)
if (!endpoint) {
  process.stderr.write("usage: one-in-flight.js ENDPOINT\n")
  process.exit(2)
}
main(endpoint).catch(err => {
  process.stderr.write(`one-in-flight: ${(err as Error).stack ?? err}\n`)
  process.exit(1)
})
