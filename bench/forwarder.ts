import { Router } from "zeromq"
import { echoHello } from "./load"

/**
 * The least a broker can do: one ROUTER for clients, one for workers, and
 * each client message handed to the next worker in turn as [worker][client]
 * [frames…], each worker message handed back as [client][frames…]. No
 * decoding, no queues, no heartbeats. Its throughput is the ceiling of one
 * hop through a Node.js process with zeromq.js on this machine, which the
 * broker bench compares the brokers against.
 *
 *   node dist/bench/forwarder.js FRONTEND BACKEND
 *
 * Prints "bound <frontend> <backend>" once both are bound; exits on SIGTERM.
 */
async function main(frontendAt: string, backendAt: string): Promise<void> {
  const frontend = new Router({ linger: 0 })
  const backend = new Router({ linger: 0 })
  await frontend.bind(frontendAt)
  await backend.bind(backendAt)
  const workers: Buffer[] = []
  /** Client messages that came before any worker said hello. */
  const early: Buffer[][] = []
  let next = 0
  let closing = false

  const fromClients = async () => {
    for await (const msg of frontend) {
      if (workers.length === 0) {
        early.push(msg)
        continue
      }
      next = (next + 1) % workers.length
      await backend.send([workers[next], ...msg])
    }
  }
  const fromWorkers = async () => {
    for await (const [worker, ...rest] of backend) {
      if (rest.length === 1 && rest[0].toString() === echoHello) {
        // Only this loop sends on the backend until the worker is listed:
        // zeromq.js allows one send in progress per socket.
        while (early.length > 0) await backend.send([worker, ...early.shift()!])
        workers.push(worker)
        continue
      }
      await frontend.send(rest)
    }
  }
  const loops = [fromClients(), fromWorkers()].map(p =>
    p.catch(err => {
      if (!closing) throw err
    }),
  )
  process.stdout.write(
    `bound ${frontend.lastEndpoint} ${backend.lastEndpoint}\n`,
  )
  process.once("SIGTERM", () => {
    closing = true
    frontend.close()
    backend.close()
  })
  await Promise.all(loops)
  // An explicit exit, so that node --cpu-prof writes its profile.
  process.exit(0)
}

const [frontendAt, backendAt] = process.argv.slice(2)
if (!frontendAt || !backendAt) {
  process.stderr.write("usage: forwarder.js FRONTEND BACKEND\n")
  process.exit(2)
}
main(frontendAt, backendAt).catch(err => {
  process.stderr.write(`forwarder: ${(err as Error).stack ?? err}\n`)
  process.exit(1)
})
