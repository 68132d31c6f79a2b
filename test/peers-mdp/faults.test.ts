import assert from "node:assert/strict"
import { afterEach, describe, it } from "node:test"
import { requirements } from "../../src/generated/mdp-0.1"
import type { MdpBroker } from "../../src/protocols/mdp/peers/broker"
import {
  type BrokerFault,
  brokerFaults,
  clientFaults,
  workerFaults,
} from "../../src/protocols/mdp/peers/faults"
import { frames as f, RawPeer, startBroker, text } from "./helpers"

describe("fault catalogs", () => {
  it("should name the contracted broker faults", () => {
    assert.deepEqual(Object.keys(brokerFaults).sort(), [
      "crash-on-invalid",
      "curve-accept-any",
      "double-dispatch",
      "drop-empty-frame",
      "ignore-expiry",
      "ignore-unexpected",
      "misroute-reply",
      "mmi-always-found",
      "mmi-workers-allowed",
      "no-heartbeat",
      "no-mmi",
      "no-queue",
      "talk-after-disconnect",
      "wrong-header",
    ])
  })

  it("should name the contracted worker and client faults, each with its one rule", () => {
    const rules = (c: Record<string, { violates: readonly string[] }>) =>
      Object.fromEntries(Object.entries(c).map(([n, f]) => [n, f.violates]))
    assert.deepEqual(rules(workerFaults), {
      "no-heartbeat": ["MDP-43"],
      "double-ready": ["MDP-27"],
      "ignore-disconnect": ["MDP-35"],
      "no-reconnect": ["MDP-44"],
      "drop-address-delimiter": ["MDP-38"],
      "ready-late": ["MDP-24"],
    })
    assert.deepEqual(rules(clientFaults), {
      "wrong-header": ["MDP-22"],
      "no-body": ["MDP-6"],
      "no-retry": ["MDP-12"],
      "resend-early": ["MDP-8"],
    })
  })

  it("should only cite requirements that exist", () => {
    const known = new Set(requirements.map(r => r.id))
    for (const catalog of [brokerFaults, workerFaults, clientFaults]) {
      for (const [name, fault] of Object.entries(catalog)) {
        assert.ok(fault.violates.length > 0, name)
        for (const id of fault.violates)
          assert.ok(known.has(id), `${name}: ${id}`)
      }
    }
  })
})

// Each switch, shown doing what its catalog entry says (crash-on-invalid is
// in cli.test.ts: it ends the process).
describe("broker faults", () => {
  let broker: MdpBroker | undefined
  const peers: RawPeer[] = []

  async function setup(fault: BrokerFault, opts = {}) {
    const started = await startBroker({ faults: [fault], ...opts })
    broker = started.broker
    return () => {
      const p = new RawPeer(started.endpoint)
      peers.push(p)
      return p
    }
  }

  afterEach(async () => {
    for (const p of peers.splice(0)) p.close()
    await broker?.stop()
  })

  async function mmi(peer: () => RawPeer, service: string, name: string) {
    const c = peer()
    await c.send(f.request(service, name))
    return c.next(300)
  }

  it("no-heartbeat: no HEARTBEAT after READY", async () => {
    const w = (await setup("no-heartbeat"))()
    await w.send(f.ready("echo"))
    assert.equal(await w.next(200), undefined)
  })

  it("ignore-expiry: a silent worker still gets requests", async () => {
    const peer = await setup("ignore-expiry", { liveness: 3 })
    const w = peer()
    await w.send(f.ready("echo"))
    await new Promise(resolve => setTimeout(resolve, 300))
    await peer().send(f.request("echo", "x"))
    assert.deepEqual(text((await w.request(300)).body), ["x"])
  })

  it("drop-empty-frame: worker commands lack frame 0", async () => {
    const w = (await setup("drop-empty-frame"))()
    await w.send(f.ready("echo"))
    assert.deepEqual(await w.next(200), [
      Buffer.from("MDPW01"),
      Buffer.from([4]),
    ])
  })

  it('wrong-header: client replies say "MDPC02"', async () => {
    const reply = await mmi(await setup("wrong-header"), "mmi.service", "echo")
    assert.deepEqual(reply?.map(String), ["", "MDPC02", "mmi.service", "404"])
  })

  it('no-mmi: mmi.service answers "501"', async () => {
    const reply = await mmi(await setup("no-mmi"), "mmi.service", "echo")
    assert.equal(reply?.[3]?.toString(), "501")
  })

  it('mmi-always-found: unknown services are "200"', async () => {
    const reply = await mmi(
      await setup("mmi-always-found"),
      "mmi.service",
      "nope",
    )
    assert.equal(reply?.[3]?.toString(), "200")
  })

  it('mmi-workers-allowed: READY for "mmi.x" is accepted, mmi.x still answered inside', async () => {
    const peer = await setup("mmi-workers-allowed")
    const w = peer()
    await w.send(f.ready("mmi.x"))
    assert.deepEqual(await w.command(200), { command: "HEARTBEAT" })
    assert.equal((await mmi(peer, "mmi.x", "y"))?.[3]?.toString(), "501")
    assert.equal(
      (await mmi(peer, "mmi.service", "mmi.x"))?.[3]?.toString(),
      "200",
    )
  })

  it("double-dispatch: a busy worker gets a second request", async () => {
    const peer = await setup("double-dispatch")
    const w = peer()
    await w.send(f.ready("echo"))
    await peer().send(f.request("echo", "1"))
    await peer().send(f.request("echo", "2"))
    const bodies = [(await w.request(300)).body, (await w.request(300)).body]
    assert.deepEqual(bodies.map(text).flat().sort(), ["1", "2"])
  })

  it("ignore-unexpected: no DISCONNECT for a second READY or a stray HEARTBEAT", async () => {
    const peer = await setup("ignore-unexpected")
    const w = peer()
    await w.send(f.ready("echo"))
    await w.send(f.ready("echo"))
    assert.deepEqual(await w.command(200), { command: "HEARTBEAT" })
    const stranger = peer()
    await stranger.send(f.heartbeat())
    assert.equal(await stranger.next(150), undefined)
  })

  it("talk-after-disconnect: HEARTBEAT after DISCONNECT, but no requests", async () => {
    const peer = await setup("talk-after-disconnect")
    const w = peer()
    await w.send(f.ready("echo"))
    await w.send(f.disconnect())
    // Asked on w's own socket, so the answer comes after DISCONNECT was handled.
    await w.send(f.request("mmi.service", "echo"))
    assert.equal((await w.next(300))?.[3]?.toString(), "404")
    await peer().send(f.request("echo", "x"))
    assert.deepEqual(await w.command(200), { command: "HEARTBEAT" })
    assert.equal(await w.command(150, true), undefined)
  })

  it("misroute-reply: the REPLY goes to the latest client", async () => {
    const peer = await setup("misroute-reply")
    const w = peer()
    await w.send(f.ready("echo"))
    const c1 = peer()
    await c1.send(f.request("echo", "from c1"))
    const req = await w.request(300)
    const c2 = peer()
    await c2.send(f.request("mmi.service", "echo"))
    assert.ok(await c2.next(300), "c2 is now the latest client")
    await w.send(f.reply(req.client, "for c1"))
    assert.deepEqual(text((await c2.reply(300))!.body), ["for c1"])
    assert.equal(await c1.next(100), undefined)
  })

  it("no-queue: a request for a service without workers is dropped", async () => {
    const peer = await setup("no-queue")
    const c = peer()
    await c.send(f.request("late", "x"))
    await c.send(f.request("mmi.service", "late"))
    assert.ok(await c.next(300), "the request was seen before READY")
    const w = peer()
    await w.send(f.ready("late"))
    assert.equal(await w.command(150, true), undefined)
  })
})
