import { afterEach, test } from "node:test"
import { MdpBroker } from "../../src/protocols/mdp/peers/broker"
import { MdpWorker } from "../../src/protocols/mdp/peers/worker"
import {
  TitanicClient,
  TspStatusError,
} from "../../src/protocols/tsp/peers/client"
import { TitanicServer } from "../../src/protocols/tsp/peers/server"
import {
  type Ask,
  assertCurveService,
  curveTestKeys,
} from "../core/curve-service"
import { Cleanup, fast, scratch, serverTimings } from "./helpers"

const cleanup = new Cleanup()
afterEach(() => cleanup.run())

test("Titanic over a CURVE broker: the server's workers and dispatchers connect with an allowed key, an allowed client is served, an unknown key or plaintext client is not (RFC 26, RFC 27)", async () => {
  const keys = curveTestKeys()
  const broker = new MdpBroker({
    bind: "tcp://127.0.0.1:*",
    ...fast,
    curve: keys.serverCurve,
  })
  const connect = await broker.start()
  cleanup.add(() => broker.stop())
  // The echo service and the Titanic server share the worker's allowed key.
  const curve = keys.as(keys.worker)
  const echo = new MdpWorker({
    connect,
    service: "echo",
    handler: body => body,
    ...fast,
    curve,
  })
  await echo.start()
  cleanup.add(() => echo.stop())
  const { store } = scratch(cleanup)
  const server = new TitanicServer({
    connect,
    dir: store,
    ...serverTimings,
    curve,
  })
  await server.start()
  cleanup.add(() => server.stop())
  const ask: Ask = async (curve, waitMs) => {
    const client = new TitanicClient({
      connect,
      timeoutMs: Math.ceil(waitMs / 2),
      retries: 1,
      pollMs: 50,
      pollMaxMs: 200,
      waitMs,
      curve,
    })
    try {
      const id = await client.submit("echo", [Buffer.from("curve")])
      const [reply] = await client.poll(id)
      return reply?.toString() === "curve"
    } catch (err) {
      if (err instanceof TspStatusError) return false
      throw err
    } finally {
      client.shutdown()
    }
  }
  await assertCurveService(ask, keys)
})
