import { test } from "node:test"
import { EchoServer } from "../../src/protocols/lazy-pirate/peers/server"
import {
  assertCurveService,
  curveTestKeys,
  lazyPirateAsk,
} from "../core/curve-service"

test("a CURVE Lazy Pirate server serves an allowed client, and no unknown key or plaintext client (RFC 26, RFC 27)", async () => {
  const keys = curveTestKeys()
  const server = new EchoServer({
    bind: "tcp://127.0.0.1:*",
    curve: keys.serverCurve,
  })
  const endpoint = await server.start()
  try {
    await assertCurveService(lazyPirateAsk(endpoint), keys)
  } finally {
    await server.stop()
  }
})
