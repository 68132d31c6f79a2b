import path from "node:path"
import { Router } from "zeromq"
import { anyPort, spawnBound } from "./hops"
import { startWorkers } from "./load"
import { commandFrame, EMPTY, MDPW01, REQUEST } from "./mdp-frames"

/**
 * One MDP worker's round-trip rate with nothing else in the way: a ROUTER in
 * a process of its own gives the bench's 7/MDP worker one REQUEST, waits for
 * its REPLY, and again. At M1 the one-in-flight limit can do no better than
 * this (its one worker never holds two requests) and should do little worse
 * (clients' requests wait in its queue, so the worker never waits for them):
 * the two side by side check that the limit is what it claims to be.
 *
 *   node dist/bench/round-trip.js ENDPOINT PAYLOAD_BYTES WARMUP_MS MEASURE_MS
 *
 * Prints "bound <endpoint>", then, once a worker has said READY and the
 * time is up, "round-trip <per second> <p50 µs>", and exits.
 */
export interface RoundTrip {
  readonly perSec: number
  readonly p50Us: number
}

/** Runs the ROUTER side as a child process and one worker here, as the hops do. */
export async function workerRoundTrip(
  payloadBytes: number,
  warmupMs: number,
  measureMs: number,
): Promise<RoundTrip> {
  const js = path.join(__dirname, "round-trip.js")
  const args = [js, anyPort, payloadBytes, warmupMs, measureMs].map(String)
  const child = await spawnBound(process.execPath, args)
  try {
    const result = new Promise<string>(resolve =>
      child.lines.on("line", line => {
        if (line.startsWith("round-trip ")) resolve(line)
      }),
    )
    const workers = await startWorkers(child.endpoints[0], "mdp", 1, "rtt")
    const [, perSec, p50Us] = (await result).split(" ").map(Number)
    await workers.stop()
    return { perSec, p50Us }
  } finally {
    await child.stop()
  }
}

async function main(
  endpoint: string,
  payloadBytes: number,
  warmupMs: number,
  measureMs: number,
): Promise<void> {
  const router = new Router({ linger: 0 })
  await router.bind(endpoint)
  process.stdout.write(`bound ${router.lastEndpoint}\n`)
  const replies = router[Symbol.asyncIterator]()
  // The worker's READY names it; nothing but REPLY follows.
  const worker = ((await replies.next()).value as Buffer[])[0]
  const request = [
    worker,
    EMPTY,
    MDPW01,
    commandFrame(REQUEST),
    Buffer.from("client"),
    EMPTY,
    Buffer.alloc(4),
    Buffer.alloc(payloadBytes, 0x61),
  ]
  const until = async (ms: number, each: (us: number) => void) => {
    const end = performance.now() + ms
    let n = 0
    for (let now = performance.now(); now < end; n++) {
      await router.send(request)
      await replies.next()
      const after = performance.now()
      each((after - now) * 1000)
      now = after
    }
    return n
  }
  await until(warmupMs, () => {})
  const times: number[] = []
  const started = performance.now()
  const n = await until(measureMs, us => times.push(us))
  const seconds = (performance.now() - started) / 1000
  times.sort((a, b) => a - b)
  process.stdout.write(
    `round-trip ${n / seconds} ${times[times.length >> 1] ?? NaN}\n`,
  )
  router.close()
}

if (require.main === module) {
  const [endpoint, ...numbers] = process.argv.slice(2)
  const [payloadBytes, warmupMs, measureMs] = numbers.map(Number)
  main(endpoint, payloadBytes, warmupMs, measureMs).catch(err => {
    process.stderr.write(`round-trip: ${(err as Error).stack ?? err}\n`)
    process.exit(1)
  })
}
