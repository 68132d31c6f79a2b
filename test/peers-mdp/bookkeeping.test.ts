import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { ManualClock } from "../../src/core/clock"
import { Heartbeat } from "../../src/core/heartbeat"
import { answerMmi } from "../../src/protocols/mdp/peers/mmi"
import { ServiceDirectory } from "../../src/protocols/mdp/peers/service-queue"
import {
  queuedRequest,
  WorkerEntry,
  WorkerRegistry,
} from "../../src/protocols/mdp/peers/worker-registry"

// The broker's socket-free parts: queues, registry and MMI answers.
const clock = new ManualClock()
const beat = () => new Heartbeat({ intervalMs: 100, liveness: 3, clock })
const worker = (name: string, service = "echo") =>
  new WorkerEntry(Buffer.from(name), service, beat())
const request = (client: string, body = client) =>
  queuedRequest(Buffer.from(client), "echo", [Buffer.from(body)])

const bounds = {
  maxQueue: 10,
  maxQueuedRequests: 1000,
  maxQueuedBytes: 1 << 20,
  maxServices: 100,
  maxRequeues: 3,
  requestExpiryMs: 0,
  clock,
}

describe("ServiceQueue", () => {
  const directory = (opts: Partial<typeof bounds> = {}, anyWorker = false) =>
    new ServiceDirectory({ ...bounds, ...opts, anyWorker })

  it("should pair requests with idle workers, least recently used first", () => {
    const queue = directory().open("echo")!
    const [w1, w2] = [worker("w1"), worker("w2")]
    queue.addWorker(w1)
    queue.addWorker(w2)
    queue.offer(request("c1"))
    queue.offer(request("c2"))
    queue.offer(request("c3"))
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
    for (const anyWorker of [false, true]) {
      const queue = directory({}, anyWorker).open("echo")!
      const w = worker("w")
      queue.addWorker(w)
      queue.offer(request("c1"))
      queue.offer(request("c2"))
      const [r1] = queue.next()!
      w.jobs.push(r1)
      assert.equal(queue.next()?.[1], anyWorker ? w : undefined)
    }
  })

  it("should forget a service with neither requests nor workers", () => {
    const services = directory()
    const queue = services.open("gone")!
    services.tidy(queue)
    assert.notEqual(services.open("gone"), queue, "a fresh queue was made")
  })

  it("should refuse a service past maxServices, and take it once one is gone", () => {
    const services = directory({ maxServices: 2 })
    const a = services.open("a")!
    a.offer(request("c"))
    services.open("b")!.offer(request("c"))
    assert.equal(services.open("c"), undefined, "a third service is refused")
    assert.ok(services.open("a"), "a known one is still found")
    a.next() // no worker: nothing handed out, "a" keeps its request
    assert.equal(services.open("c"), undefined)
  })

  it("should bound requests and bytes across all services", () => {
    const services = directory({ maxQueuedRequests: 3, maxQueuedBytes: 10 })
    const [a, b] = [services.open("a")!, services.open("b")!]
    assert.equal(a.offer(request("c", "1234")), undefined)
    assert.equal(b.offer(request("c", "1234")), undefined)
    assert.equal(b.offer(request("c", "123")), "max-queued-bytes")
    assert.equal(b.offer(request("c", "12")), undefined)
    assert.equal(a.offer(request("c", "")), "max-queued-requests")
    assert.deepEqual([services.budget.requests, services.budget.bytes], [3, 10])
    // Handing one out frees its share for the next.
    a.addWorker(worker("w", "a"))
    a.next()
    assert.deepEqual([services.budget.requests, services.budget.bytes], [2, 6])
    assert.equal(a.offer(request("c", "1")), undefined)
  })

  it("should count expired requests out of the budget", () => {
    const services = directory({ requestExpiryMs: 100 })
    const queue = services.open("a")!
    queue.offer(request("c1", "abc"))
    queue.offer(request("c2", "de"))
    clock.advance(150)
    assert.equal(queue.purge(), 2)
    assert.deepEqual([services.budget.requests, services.budget.bytes], [0, 0])
  })

  it("should requeue a lost worker's request maxRequeues times, then drop it as poison", () => {
    const services = directory({ maxRequeues: 2 })
    const queue = services.open("echo")!
    queue.offer(request("c", "poison"))
    const outcomes: string[] = []
    for (let i = 0; i < 3; i++) {
      const w = worker(`w${i}`)
      queue.addWorker(w)
      const [job] = queue.next()!
      w.jobs.push(job)
      const { requeued, poison } = queue.removeWorker(w)
      outcomes.push(`${requeued}/${poison.length}`)
    }
    assert.deepEqual(outcomes, ["1/0", "1/0", "0/1"])
    assert.equal(services.budget.requests, 0, "the poison is not queued")
  })

  it("should requeue an undelivered request without counting it", () => {
    const queue = directory({ maxRequeues: 0 }).open("echo")!
    queue.offer(request("c"))
    const w = worker("w")
    queue.addWorker(w)
    const [job] = queue.next()!
    w.jobs.push(job)
    const { requeued, poison } = queue.removeWorker(w, job)
    assert.deepEqual([requeued, poison.length, job.requeues], [1, 0, 0])
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
