import { exitFatal, exitOnUnhandled } from "../src/core/fatal"
import { createLogger } from "../src/core/log"
import { MdpWorker } from "../src/protocols/mdp/peers/worker"

/**
 * The soak run's worker: the reference MdpWorker echoing each body, except
 * that a body "poison" kills it on the spot (SIGKILL, no DISCONNECT), as a
 * request that crashes its service would. SIGTERM stops it cleanly.
 *
 *   node dist/bench/soak-worker.js ENDPOINT SERVICE HEARTBEAT_MS
 */
export const poisonBody = "poison"

async function main(connect: string, service: string, heartbeatMs: number) {
  const logger = createLogger({ name: "mdp-worker", level: "warn" })
  exitOnUnhandled(logger)
  const worker = new MdpWorker({
    connect,
    service,
    heartbeatMs,
    liveness: 3,
    reconnectMs: heartbeatMs,
    reconnectMaxMs: 4 * heartbeatMs,
    logger,
    onFatal: err => exitFatal(logger, "worker", err),
    handler: body => {
      if (body[0]?.toString() === poisonBody)
        process.kill(process.pid, "SIGKILL")
      return body
    },
  })
  await worker.start()
  process.once("SIGTERM", () => {
    void worker.stop().then(() => process.exit(0))
  })
}

if (require.main === module) {
  const [connect, service = "echo", heartbeatMs = "100"] = process.argv.slice(2)
  main(connect, service, Number(heartbeatMs)).catch(err => {
    process.stderr.write(`soak-worker: ${(err as Error).stack ?? err}\n`)
    process.exit(1)
  })
}
