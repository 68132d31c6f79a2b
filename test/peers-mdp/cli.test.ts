import assert from "node:assert/strict"
import { type ChildProcess, spawn } from "node:child_process"
import { afterEach, describe, it } from "node:test"
import { bin, exitCode, line, marque } from "./cli-helpers"
import { RawPeer } from "./helpers"

describe("marque broker|worker|client", () => {
  const children: ChildProcess[] = []
  afterEach(() => {
    for (const c of children.splice(0))
      if (c.exitCode === null) c.kill("SIGKILL")
  })

  function start(...args: string[]): ChildProcess {
    const child = spawn("node", [bin, ...args], {
      stdio: ["ignore", "pipe", "pipe"],
    })
    child.stderr!.resume()
    children.push(child)
    return child
  }

  it("should serve a request end to end and stop cleanly on signals", async () => {
    const broker = start(
      "broker",
      "--bind",
      "tcp://127.0.0.1:*",
      "--heartbeat-ms",
      "100",
    )
    const [, endpoint] = await line(broker, /^bound (tcp:\/\/\S+)$/)
    const worker = start(
      "worker",
      "--connect",
      endpoint,
      "--service",
      "echo",
      "--heartbeat-ms",
      "100",
    )
    const reply = await marque(
      "client",
      "--connect",
      endpoint,
      "--service",
      "echo",
      "a",
      "b",
    )
    assert.deepEqual(reply, { code: 0, stdout: "a\nb\n", stderr: "" })
    worker.kill("SIGINT")
    assert.equal(await exitCode(worker), 0)
    broker.kill("SIGTERM")
    assert.equal(await exitCode(broker), 0)
  })

  it("should exit 1 when the broker never answers", async () => {
    const broker = start("broker", "--bind", "tcp://127.0.0.1:*")
    const [, endpoint] = await line(broker, /^bound (\S+)$/)
    const r = await marque(
      "client",
      "--connect",
      endpoint,
      "--service",
      "nobody",
      "--timeout-ms",
      "50",
      "--retries",
      "2",
      "x",
    )
    assert.equal(r.code, 1)
    assert.equal(r.stdout, "")
    assert.match(r.stderr, /no reply .* after 2 tries of 50 ms/)
  })

  for (const args of [
    ["--heartbeat-ms", "1.5"],
    ["--fault", "no-such-fault"],
    ["--liveness", "0"],
    ["--bind", "nonsense"],
    ["--bind", "tcp://256.0.0.1:1"],
  ]) {
    it(`should exit 2 on a bad argument: ${args.join(" ")}`, async () => {
      const bind = args[0] === "--bind" ? [] : ["--bind", "tcp://127.0.0.1:*"]
      const r = await marque("broker", ...bind, ...args)
      assert.equal(r.code, 2)
      assert.equal(r.stdout, "")
      assert.notEqual(r.stderr, "")
    })
  }

  it("should exit 2 on a limit that is 0, negative, fractional or too large", async () => {
    const bind = ["--bind", "tcp://127.0.0.1:*"]
    const peer = ["--connect", "tcp://127.0.0.1:1", "--service", "echo"]
    const runs = await Promise.all(
      [
        ["broker", ...bind, "--max-frames", "0"],
        ["broker", ...bind, "--max-message-bytes", "-1"],
        ["broker", ...bind, "--send-hwm", "1.5"],
        // libzmq would take 2^31 as "no limit at all".
        ["worker", ...peer, "--receive-hwm", "2147483648"],
        ["client", ...peer, "--send-hwm", "many", "x"],
      ].map(args => marque(...args)),
    )
    for (const r of runs) {
      assert.equal(r.code, 2, r.stderr)
      assert.match(r.stderr, /expected an integer >= 1/)
    }
  })

  it("should list the limits in --help of each peer", async () => {
    const limits = [
      "--max-frames",
      "--max-message-bytes",
      "--send-hwm",
      "--receive-hwm",
    ]
    const [broker, worker, client] = await Promise.all(
      ["broker", "worker", "client"].map(peer => marque(peer, "--help")),
    )
    for (const flag of limits) {
      assert.match(broker.stdout, new RegExp(`${flag} <n> `))
      assert.match(worker.stdout, new RegExp(`${flag} <n> `))
    }
    assert.match(client.stdout, /--send-hwm <n> /)
    assert.match(client.stdout, /--receive-hwm <n> /)
  })

  it("should list the faults in --help and name the protocol version", async () => {
    const r = await marque("broker", "--help")
    assert.equal(r.code, 0)
    assert.match(r.stdout, /MDP\/0\.1/)
    assert.match(r.stdout, /talk-after-disconnect +\[MDP-31\]/)
  })

  it("should exit 3 on the first invalid message with crash-on-invalid (MDP-22)", async () => {
    const broker = start(
      "broker",
      "--bind",
      "tcp://127.0.0.1:*",
      "--fault",
      "crash-on-invalid",
    )
    const [, endpoint] = await line(broker, /^bound (\S+)$/)
    const peer = new RawPeer(endpoint)
    try {
      await peer.send(["", "MDPXXX", "junk"])
      assert.equal(await exitCode(broker), 3)
    } finally {
      peer.close()
    }
  })
})
