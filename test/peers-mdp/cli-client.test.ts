import assert from "node:assert/strict"
import { type ChildProcess, spawn } from "node:child_process"
import { afterEach, describe, it } from "node:test"
import { MdpWorker } from "../../src/protocols/mdp/peers/worker"
import { bin, exitCode, marque } from "./cli-helpers"
import { fast, RawBroker, startBroker } from "./helpers"

describe("marque client|worker: async client and fault switches", () => {
  const cleanup: Array<() => unknown> = []
  afterEach(async () => {
    for (const c of cleanup.splice(0).reverse()) await c()
  })

  async function echoService() {
    const { broker, endpoint } = await startBroker()
    cleanup.push(() => broker.stop())
    const handler = async (body: Buffer[]) => body
    const w = new MdpWorker({
      connect: endpoint,
      service: "echo",
      handler,
      ...fast,
    })
    await w.start()
    cleanup.push(() => w.stop())
    return endpoint
  }

  async function rawBroker() {
    const b = new RawBroker()
    const endpoint = await b.bind()
    cleanup.push(() => b.close())
    return { b, endpoint }
  }

  it("should send --count requests with --async and print a summary", async () => {
    const endpoint = await echoService()
    const r = await marque(
      "client",
      "--async",
      "--count",
      "300",
      "--window",
      "25",
      "--connect",
      endpoint,
      "--service",
      "echo",
      "hello",
    )
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /^300 replies in \d+ ms \(\d+ req\/s\)\n$/)
  })

  it("should exit 1 with --async and say how many timed out", async () => {
    const endpoint = await echoService()
    const r = await marque(
      "client",
      "--async",
      "--count",
      "4",
      "--timeout-ms",
      "100",
      "--connect",
      endpoint,
      "--service",
      "nobody",
      "x",
    )
    assert.equal(r.code, 1)
    assert.match(r.stdout, /^0 replies in \d+ ms/)
    assert.match(
      r.stderr,
      /4 of 4 requests got no reply: 4 timed out after 100 ms/,
    )
  })

  it("should give up after one try with --fault no-retry, whatever --retries says", async () => {
    const { endpoint } = await rawBroker()
    const r = await marque(
      "client",
      "--fault",
      "no-retry",
      "--retries",
      "3",
      "--timeout-ms",
      "50",
      "--connect",
      endpoint,
      "--service",
      "echo",
      "x",
    )
    assert.equal(r.code, 1)
    assert.match(r.stderr, /after 1 try of 50 ms/)
  })

  for (const args of [
    ["--fault", "no-such-fault"],
    ["--count", "5"],
    ["--async", "--fault", "no-body"],
    ["--async", "--retries", "2"],
  ]) {
    it(`should exit 2 on a bad combination: client ${args.join(" ")}`, async () => {
      const r = await marque(
        "client",
        "--connect",
        "tcp://127.0.0.1:1",
        "--service",
        "echo",
        ...args,
        "x",
      )
      assert.equal(r.code, 2)
      assert.equal(r.stdout, "")
      assert.notEqual(r.stderr, "")
    })
  }

  it("should list the known faults when one is unknown", async () => {
    const client = await marque(
      "client",
      "--fault",
      "nope",
      "--connect",
      "tcp://127.0.0.1:1",
      "--service",
      "s",
      "x",
    )
    assert.match(
      client.stderr,
      /known: wrong-header, no-body, no-retry, resend-early/,
    )
    const worker = await marque(
      "worker",
      "--fault",
      "nope",
      "--connect",
      "tcp://127.0.0.1:1",
      "--service",
      "s",
    )
    assert.equal(worker.code, 2)
    assert.match(worker.stderr, /known: no-heartbeat, .*ready-late/)
  })

  it("should list the faults in client --help and worker --help", async () => {
    const client = await marque("client", "--help")
    assert.equal(client.code, 0)
    assert.match(client.stdout, /resend-early +\[MDP-8\]/)
    assert.match(client.stdout, /--async/)
    const worker = await marque("worker", "--help")
    assert.equal(worker.code, 0)
    assert.match(worker.stdout, /no-reconnect +\[MDP-44\]/)
    assert.match(worker.stdout, /drop-address-delimiter +\[MDP-38\]/)
    assert.match(worker.stdout, /ready-late +\[MDP-24\]/)
    assert.match(worker.stdout, /--reconnect-ms/)
  })

  it("should take --reconnect-ms and reconnect after DISCONNECT", async () => {
    const { b, endpoint } = await rawBroker()
    const child: ChildProcess = spawn(
      "node",
      [
        bin,
        "worker",
        "--connect",
        endpoint,
        "--service",
        "echo",
        "--heartbeat-ms",
        "1000",
        "--reconnect-ms",
        "10",
        "--log-level",
        "silent",
      ],
      { stdio: "ignore" },
    )
    cleanup.push(() => child.exitCode === null && child.kill("SIGKILL"))
    const ready = await b.next(3000)
    assert.equal(ready?.[3]?.[0], 1, "READY")
    await b.send([ready[0], "", "MDPW01", Buffer.from([5])])
    const again = await b.next(500)
    assert.equal(again?.[3]?.[0], 1, "READY again within 500 ms")
    child.kill("SIGINT")
    assert.equal(await exitCode(child), 0)
  })
})
