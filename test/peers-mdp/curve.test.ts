import assert from "node:assert/strict"
import { test } from "node:test"
import { newKeyPair } from "../../src/core/curve"
import { MdpAsyncClient } from "../../src/protocols/mdp/peers/async-client"
import { MdpBroker } from "../../src/protocols/mdp/peers/broker"
import { MdpClient } from "../../src/protocols/mdp/peers/client"
import { MdpWorker } from "../../src/protocols/mdp/peers/worker"

const echo = async (body: Buffer[]) => body

test("a CURVE broker with an allow-list serves allowed workers and clients, and no unknown key or plaintext peer (RFC 26, RFC 27)", async () => {
  const server = newKeyPair()
  const worker = newKeyPair()
  const client = newKeyPair()
  const stranger = newKeyPair()
  const serverKey = server.publicKey
  const broker = new MdpBroker({
    bind: "tcp://127.0.0.1:*",
    heartbeatMs: 200,
    curve: {
      secretKey: server.secretKey,
      allow: new Set([worker.publicKey, client.publicKey]),
    },
  })
  const endpoint = await broker.start()
  const w = new MdpWorker({
    connect: endpoint,
    service: "echo",
    handler: echo,
    heartbeatMs: 200,
    curve: { serverKey, ...worker },
  })
  await w.start()
  const ask = async (curve?: typeof client, timeoutMs = 500) => {
    const c = new MdpClient({
      connect: endpoint,
      timeoutMs,
      retries: 1,
      curve: curve && { serverKey, ...curve },
    })
    try {
      return (await c.request("echo", [Buffer.from("hi")])).toString()
    } catch (err) {
      return (err as Error).name
    } finally {
      c.close()
    }
  }
  try {
    assert.equal(await ask(stranger), "RequestTimeoutError")
    assert.equal(await ask(undefined), "RequestTimeoutError")
    // The broker keeps serving the allowed ones after refusing the others.
    assert.equal(await ask(client, 5000), "hi")
    const a = new MdpAsyncClient({
      connect: endpoint,
      timeoutMs: 5000,
      curve: { serverKey, ...client },
    })
    try {
      const reply = await a.send("echo", [Buffer.from("async")])
      assert.equal(reply.toString(), "async")
    } finally {
      await a.close()
    }
  } finally {
    await w.stop()
    await broker.stop()
  }
})
