import assert from "node:assert/strict"
import { mkdtempSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { test } from "node:test"
import { Dealer, Router } from "zeromq"
import {
  curveClientOptions,
  curveServerOptions,
  type CurveKeyPair,
  newKeyPair,
  publicKeyOf,
  readAllowList,
  readKeyPair,
  readPublicKey,
  writeKeyPair,
  z85Decode,
  z85Encode,
} from "../../src/core/curve"
import { allowList, registerZap } from "../../src/core/zap"

const dir = () => mkdtempSync(join(tmpdir(), "marque-curve-"))

test("key files: czmq certificates, secret 0600, pairs checked on reading", () => {
  const d = dir()
  const pair = newKeyPair()
  const { publicFile, secretFile } = writeKeyPair(join(d, "broker"), pair)
  assert.equal(statSync(secretFile).mode & 0o777, 0o600)
  assert.equal(readPublicKey(publicFile), pair.publicKey)
  assert.equal(readPublicKey(secretFile), pair.publicKey)
  assert.deepEqual(readKeyPair(secretFile), pair)
  // Z85 round trip and X25519 derivation agree with libzmq's own pairs.
  for (let i = 0; i < 20; i++) {
    const p = newKeyPair()
    assert.equal(z85Encode(z85Decode(p.secretKey)), p.secretKey)
    assert.equal(publicKeyOf(p.secretKey), p.publicKey)
  }
  const other = newKeyPair()
  const mixed = join(d, "mixed")
  writeFileSync(
    mixed,
    `curve\n    public-key = "${other.publicKey}"\n    secret-key = "${pair.secretKey}"\n`,
  )
  assert.throws(() => readKeyPair(mixed), /does not belong to its secret-key/)
  assert.throws(() => readKeyPair(publicFile), /no secret-key line/)
  assert.throws(() => readPublicKey(join(d, "none")), /cannot read/)
  const bad = join(d, "bad")
  writeFileSync(bad, "too-short\n")
  assert.throws(() => readPublicKey(bad), /not a 40-character Z85 key/)
  // Allow-lists: bare keys one a line, or a directory of *.key certificates.
  const bare = join(d, "allowed.txt")
  writeFileSync(bare, `# clients\n${pair.publicKey}\n${other.publicKey}\n`)
  assert.deepEqual(
    readAllowList(bare),
    new Set([pair.publicKey, other.publicKey]),
  )
  assert.deepEqual(readAllowList(d), new Set([pair.publicKey]))
  assert.throws(() => readAllowList(join(d, "none")), /cannot read/)
})

/** A DEALER that says `text` to the router and returns what came back, or undefined. */
async function roundTrip(
  endpoint: string,
  keys: (CurveKeyPair & { serverKey: string }) | undefined,
  text: string,
  ms: number,
): Promise<string | undefined> {
  const dealer = new Dealer({
    linger: 0,
    receiveTimeout: ms,
    ...(keys ? curveClientOptions(keys) : {}),
  })
  dealer.connect(endpoint)
  try {
    await dealer.send(text)
    const [reply] = await dealer.receive()
    return reply.toString()
  } catch {
    return undefined
  } finally {
    dealer.close()
  }
}

test("RFC 27: an allow-list ZAP handler refuses unknown keys with 400 and keeps serving allowed ones; plaintext never gets through", async () => {
  const server = newKeyPair()
  const allowed = newKeyPair()
  const stranger = newKeyPair()
  const zap = await registerZap(allowList(new Set([allowed.publicKey])))
  const router = new Router({
    linger: 0,
    ...curveServerOptions(server),
    zapDomain: zap.domain,
  })
  const refusals: number[] = []
  const events = (async () => {
    for await (const e of router.events)
      if (e.type === "handshake:error:auth") refusals.push(e.error.status)
  })()
  await router.bind("tcp://127.0.0.1:*")
  const endpoint = router.lastEndpoint!
  const echo = (async () => {
    for await (const [id, body] of router)
      await router.send([id, `echo ${body.toString()}`])
  })()
  try {
    const serverKey = server.publicKey
    assert.equal(
      await roundTrip(endpoint, { ...stranger, serverKey }, "x", 500),
      undefined,
    )
    assert.equal(await roundTrip(endpoint, undefined, "plain", 500), undefined)
    assert.equal(
      await roundTrip(endpoint, { ...allowed, serverKey }, "hi", 5000),
      "echo hi",
    )
    assert.ok(refusals.includes(400), `ZAP refusals seen: ${refusals}`)
  } finally {
    router.close()
    zap.release()
    await Promise.allSettled([echo, events])
  }
})
