import { test } from "node:test"
import { Request } from "zeromq"
import { clientSecurity } from "../../src/core/curve"
import { SimplePirateQueue } from "../../src/protocols/simple-pirate/peers/queue"
import {
  assertCurveService,
  curveTestKeys,
  lazyPirateAsk,
} from "../core/curve-service"
import { EMPTY, READY } from "../peers-ppp/helpers"

test("a CURVE Simple Pirate queue serves allowed clients through an allowed REQ worker, and no unknown key or plaintext client (RFC 26, RFC 27)", async () => {
  const keys = curveTestKeys()
  const queue = new SimplePirateQueue({
    frontend: "tcp://127.0.0.1:*",
    backend: "tcp://127.0.0.1:*",
    curve: keys.serverCurve,
  })
  const { frontend, backend } = await queue.start()
  // The Guide's spworker: READY, then each request's body back (SPP-9, SPP-10).
  const worker = new Request({
    linger: 0,
    ...clientSecurity(keys.as(keys.worker)),
  })
  worker.connect(backend)
  const serving = (async () => {
    await worker.send([READY])
    for await (const [client, , ...body] of worker)
      await worker.send([client, EMPTY, ...body])
  })().catch(() => undefined) // ends when the socket closes
  try {
    await assertCurveService(lazyPirateAsk(frontend), keys)
  } finally {
    worker.close()
    await serving
    await queue.stop()
  }
})
