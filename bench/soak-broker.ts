import { readdirSync } from "node:fs"
import { createInterface } from "node:readline"
import { exitFatal, exitOnUnhandled } from "../src/core/fatal"
import { createLogger } from "../src/core/log"
import { MdpBroker } from "../src/protocols/mdp/peers/broker"

/**
 * The soak run's broker: the reference MdpBroker, as `marque broker` runs
 * it, in a process that can also say what it holds. On stdin:
 *   stats  -> one JSON line: RSS, open file descriptors (libzmq's sockets
 *             and connections are fds), Node's active handles by type
 *             (timers, sockets), and the broker's own counts;
 *   stop   -> stops the broker and prints its stats once more, then exits.
 *
 *   node [--expose-gc] dist/bench/soak-broker.js HEARTBEAT_MS
 *
 * Logs warnings (a poison request dropped is one) as JSON on stderr.
 */
export interface BrokerProcessStats {
  readonly rssBytes: number
  readonly fds: number
  readonly handles: Record<string, number>
  readonly broker: ReturnType<MdpBroker["stats"]>
}

async function main(heartbeatMs: number): Promise<void> {
  const logger = createLogger({ name: "mdp-broker", level: "warn" })
  exitOnUnhandled(logger)
  const broker = new MdpBroker({
    bind: "tcp://127.0.0.1:*",
    heartbeatMs,
    liveness: 3,
    logger,
    onFatal: err => exitFatal(logger, "broker", err),
  })
  const endpoint = await broker.start()
  process.stdout.write(`bound ${endpoint}\n`)
  const stats = (): BrokerProcessStats => {
    // Sampled after a full collection where allowed, so that RSS and
    // handles show what is held, not what is garbage not yet collected.
    ;(globalThis as { gc?: () => void }).gc?.()
    const handles: Record<string, number> = {}
    for (const kind of process.getActiveResourcesInfo())
      handles[kind] = (handles[kind] ?? 0) + 1
    return {
      rssBytes: process.memoryUsage.rss(),
      fds: readdirSync("/proc/self/fd").length,
      handles,
      broker: broker.stats(),
    }
  }
  for await (const line of createInterface({ input: process.stdin })) {
    if (line === "stats") process.stdout.write(JSON.stringify(stats()) + "\n")
    if (line === "stop") {
      await broker.stop()
      process.stdout.write(JSON.stringify(stats()) + "\n")
      process.exit(0)
    }
  }
}

main(Number(process.argv[2] ?? 100)).catch(err => {
  process.stderr.write(`soak-broker: ${(err as Error).stack ?? err}\n`)
  process.exit(1)
})
