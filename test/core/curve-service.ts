import assert from "node:assert/strict"
import {
  type CurveClientKeys,
  type CurveKeyPair,
  newKeyPair,
} from "../../src/core/curve"
import type { CurveServer } from "../../src/core/curve-server"
import {
  GaveUpError,
  LazyPirateClient,
} from "../../src/protocols/lazy-pirate/peers/client"

/**
 * What every reference peer that binds as a CURVE server must show over
 * real sockets (RFC 26, RFC 27; the MDP broker's SEC-1..3): an allowed key
 * is served, an unknown key and a plaintext peer are not, and the allowed
 * key is still served after them.
 */

/** The server's pair, two allowed pairs (e.g. a client and a worker) and a stranger's. */
export function curveTestKeys() {
  const server = newKeyPair()
  const client = newKeyPair()
  const worker = newKeyPair()
  const stranger = newKeyPair()
  const serverCurve: CurveServer = {
    secretKey: server.secretKey,
    allow: new Set([client.publicKey, worker.publicKey]),
  }
  const as = (pair: CurveKeyPair): CurveClientKeys => ({
    serverKey: server.publicKey,
    ...pair,
  })
  return { server, serverCurve, as, client, worker, stranger }
}

/** One request as a new client with these keys (none: plaintext); true if answered. */
export type Ask = (
  keys: CurveClientKeys | undefined,
  waitMs: number,
) => Promise<boolean>

// Served: generous, a loaded machine may take a while for a handshake.
// Refused: how long an answer that must never come is waited for.
const servedMs = 5000
const refusedMs = 1500

export async function assertCurveService(
  ask: Ask,
  keys: ReturnType<typeof curveTestKeys>,
): Promise<void> {
  const { as, client, stranger } = keys
  assert.equal(await ask(as(client), servedMs), true, "an allowed key served")
  assert.equal(
    await ask(as(stranger), refusedMs),
    false,
    "a key not on the allow-list got an answer",
  )
  assert.equal(
    await ask(undefined, refusedMs),
    false,
    "a plaintext client got an answer from a CURVE endpoint",
  )
  assert.equal(
    await ask(as(client), servedMs),
    true,
    "the allowed key served after the refusals",
  )
}

/** Ask through the reference Lazy Pirate client: one attempt, the echo checked. */
export function lazyPirateAsk(connect: string): Ask {
  return async (curve, timeoutMs) => {
    const c = new LazyPirateClient({ connect, timeoutMs, retries: 1, curve })
    try {
      const body = Buffer.from("curve")
      const [reply] = await c.request([body])
      return reply.equals(body)
    } catch (err) {
      if (err instanceof GaveUpError) return false
      throw err
    } finally {
      c.close()
    }
  }
}
