import { test } from "node:test"
import type { CurveClientKeys } from "../../src/core/curve"
import {
  FlpClient,
  FlpRequestFailed,
} from "../../src/protocols/flp/peers/client"
import { FlpModel1Client } from "../../src/protocols/flp/peers/model1"
import { FlpModel2Client } from "../../src/protocols/flp/peers/model2"
import type { FlpRequester } from "../../src/protocols/flp/peers/index"
import {
  type Ask,
  assertCurveService,
  curveTestKeys,
} from "../core/curve-service"
import { startServer } from "./helpers"

/** Each of the Guide's three client models, with CURVE keys or none. */
const models: Record<
  string,
  (
    servers: string[],
    timeoutMs: number,
    curve?: CurveClientKeys,
  ) => FlpRequester
> = {
  "model 1": (servers, timeoutMs, curve) =>
    new FlpModel1Client({
      servers,
      requestTimeoutMs: timeoutMs,
      maxRetries: 1,
      curve,
    }),
  "model 2": (servers, timeoutMs, curve) =>
    new FlpModel2Client({ servers, globalTimeoutMs: timeoutMs, curve }),
  "model 3 (10/FLP)": (servers, timeoutMs, curve) =>
    new FlpClient({
      servers,
      globalTimeoutMs: timeoutMs,
      attemptTimeoutMs: timeoutMs,
      pingIntervalMs: 100,
      curve,
    }),
}

for (const [name, make] of Object.entries(models))
  test(`a CURVE FLP server serves an allowed ${name} client, and no unknown key or plaintext client (RFC 26, RFC 27)`, async () => {
    const keys = curveTestKeys()
    const server = await startServer({ curve: keys.serverCurve })
    const ask: Ask = async (curve, waitMs) => {
      const client = make([server.endpoint], waitMs, curve)
      client.start()
      try {
        const [reply] = await client.request([Buffer.from("curve")])
        return reply?.toString() === "curve"
      } catch (err) {
        if (err instanceof FlpRequestFailed) return false
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
