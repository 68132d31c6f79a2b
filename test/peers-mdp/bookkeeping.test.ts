import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { ManualClock } from "../../src/core/clock"
import { Heartbeat } from "../../src/core/heartbeat"
import { answerMmi } from "../../src/protocols/mdp/peers/mmi"
import { ServiceDirectory } from "../../src/protocols/mdp/peers/service-queue"
import {
  WorkerEntry,
  WorkerRegistry,
} from "../../src/protocols/mdp/peers/worker-registry"

// The broker's socket-free parts: queues, registry and MMI answers.
const clock = new ManualClock()
const beat = () => new Heartbeat({ intervalMs: 100, liveness: 3, clock })
const worker = (name: string, service = "echo") =>
  new WorkerEntry(Buffer.from(name), service, beat())
const request = (client: string) => ({
  client: Buffer.from(client),
  service: "echo",
  body: [Buffer.from(client)],
})

describe("ServiceQueue", () => {
  const directory = () =>
    new ServiceDirectory({ maxQueue: 10, requestExpiryMs: 0, clock })

  it("should pair requests with idle workers, least recently used first", () => {
    const queue = directory().get("echo")
    const [w1, w2] = [worker("w1"), worker("w2")]
    queue.addWorker(w1)
    queue.addWorker(w2)
    queue.requests.push(request("c1"))
    queue.requests.push(request("c2"))
    queue.requests.push(request("c3"))
    const first = queue.next()!
    const second = queue.next()!
    assert.deepEqual([first[1], second[1]], [w1, w2])
    first[1].jobs.push(first[0])
    second[1].jobs.push(second[0])
    assert.equal(
      queue.next(),
      undefined,
      "c3 waits: both workers are busy (MDP-48)",
    )
    w2.finish(Buffer.from("c2"))
    queue.park(w2)
    assert.equal(queue.next()?.[1], w2)
  })

  it("should hand busy workers more only when told to (double-dispatch)", () => {
    const queue = directory().get("echo")
    const w = worker("w")
    queue.addWorker(w)
    queue.requests.push(request("c1"))
    queue.requests.push(request("c2"))
    const [r1] = queue.next()!
    w.jobs.push(r1)
    assert.equal(queue.next(), undefined)
    assert.equal(queue.next(true)?.[1], w)
  })

  it("should forget a service with neither requests nor workers", () => {
    const services = directory()
    const queue = services.get("gone")
    services.tidy(queue)
    assert.notEqual(services.get("gone"), queue, "a fresh queue was made")
  })
})

describe("WorkerRegistry", () => {
  it("should count idle and busy workers per service", () => {
    const registry = new WorkerRegistry()
    const [a, b] = [worker("a"), worker("b")]
    registry.add(a)
    registry.add(b)
    b.jobs.push(request("c"))
    assert.equal(registry.count("echo"), 2)
    assert.equal(registry.get(Buffer.from("a")), a)
    assert.equal(registry.remove(a), true)
    assert.equal(registry.remove(a), false, "already forgotten")
    assert.equal(registry.count("echo"), 1)
  })

  it("should finish the job for the replying client, else the oldest", () => {
    const w = worker("w")
    w.jobs.push(request("c1"), request("c2"))
    assert.equal(w.finish(Buffer.from("c2"))?.client.toString(), "c2")
    assert.equal(w.finish(Buffer.from("zz"))?.client.toString(), "c1")
    assert.equal(w.busy, false)
  })
})

describe("answerMmi", () => {
  const count = (name: string) => (name === "echo" ? 1 : 0)
  const body = (s: string) => [Buffer.from(s)]

  it("should answer mmi.service with 200 or 404 (MMI-5, MMI-6)", () => {
    assert.equal(
      answerMmi("mmi.service", body("echo"), { workerCount: count }),
      "200",
    )
    assert.equal(
      answerMmi("mmi.service", body("nope"), { workerCount: count }),
      "404",
    )
  })

  it("should answer other mmi. services with 501 (MMI-7)", () => {
    assert.equal(
      answerMmi("mmi.services", body("echo"), { workerCount: count }),
      "501",
    )
  })

  it("should bend as the faults say", () => {
    assert.equal(
      answerMmi("mmi.service", body("echo"), {
        workerCount: count,
        notImplemented: true,
      }),
      "501",
    )
    assert.equal(
      answerMmi("mmi.service", body("nope"), {
        workerCount: count,
        alwaysFound: true,
      }),
      "200",
    )
  })
})
