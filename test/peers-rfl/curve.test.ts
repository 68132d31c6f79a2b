import { test } from "node:test"
import { RflClient } from "../../src/protocols/rfl/peers/client"
import {
  RflNoServerError,
  RflTimeoutError,
} from "../../src/protocols/rfl/peers/outcomes"
import {
  type Ask,
  assertCurveService,
  curveTestKeys,
} from "../core/curve-service"
import { startServer } from "./helpers"

test("a CURVE Reliable Freelance server serves an allowed client, and no unknown key or plaintext client (RFC 26, RFC 27)", async () => {
  const keys = curveTestKeys()
  const server = await startServer({ curve: keys.serverCurve })
  const ask: Ask = async (curve, waitMs) => {
    const client = new RflClient({
      servers: [server.endpoint],
      requestTimeoutMs: waitMs,
      maxRetries: 1,
      heartbeatIntervalMs: 100,
      curve,
    })
    client.start()
    try {
      await client.ready(waitMs)
      const [reply] = await client.request([Buffer.from("curve")])
      return reply?.toString() === "curve"
    } catch (err) {
      if (err instanceof RflTimeoutError || err instanceof RflNoServerError)
        return false
      throw err
    } finally {
      await client.close()
    }
  }
  try {
    await assertCurveService(ask, keys)
  } finally {
    await server.stop()
  }
})
