import assert from "node:assert/strict"
import { test } from "node:test"
import {
  BstarClient,
  NoServerError,
} from "../../src/protocols/bstar/peers/client"
import {
  type Ask,
  assertCurveService,
  curveTestKeys,
} from "../core/curve-service"
import { reaches, rig } from "./helpers"

test("a CURVE Binary Star frontend serves an allowed client, and no unknown key or plaintext client (RFC 26, RFC 27)", async () => {
  const keys = curveTestKeys()
  const r = await rig("primary", { curve: keys.serverCurve })
  // BSTAR-8: a primary that hears BACKUP goes ACTIVE and serves.
  r.peer.announce("BACKUP")
  assert.ok(await reaches(r.server, "ACTIVE"))
  const ask: Ask = async (curve, waitMs) => {
    // Both "servers" are the one frontend: four tries, a quarter each.
    const client = new BstarClient({
      servers: [r.frontend, r.frontend],
      timeoutMs: Math.ceil(waitMs / 4),
      settleMs: 0,
      giveUpAfter: 4,
      curve,
    })
    try {
      const { reply } = await client.request([Buffer.from("curve")])
      return reply[0]?.toString() === "curve"
    } catch (err) {
      if (err instanceof NoServerError) return false
      throw err
    } finally {
      client.close()
    }
  }
  try {
    await assertCurveService(ask, keys)
  } finally {
    await r.close()
  }
})
