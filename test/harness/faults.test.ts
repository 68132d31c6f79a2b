import assert from "node:assert/strict"
import { execFileSync } from "node:child_process"
import { after, describe, test } from "node:test"
import { freePort, isListening } from "../../src/harness/endpoints"
import { IutProcess } from "../../src/harness/iut"
import { NetLab } from "../../src/harness/netns"

/** A TCP listener standing in for an IUT: the harness only ever sees a command line. */
const listener = `exec "${process.execPath}" -e "require('net').createServer().listen({port}, '{host}')"`

const ms = (n: number) => new Promise(r => setTimeout(r, n))

describe("IUT faults: crash and restart, freeze and resume", () => {
  test("kill -9 ends the whole process group; start() brings it back on the same endpoint", async () => {
    const port = await freePort()
    const probe = new IutProcess({
      command: listener,
      endpoint: `tcp://127.0.0.1:${port}`,
      startTimeoutMs: 5000,
    })
    await probe.start()
    await probe.kill()
    assert.equal(probe.exit?.signal, "SIGKILL")
    assert.equal(
      await isListening("127.0.0.1", port),
      false,
      "nothing listens once it was killed",
    )
    await probe.start()
    assert.equal(
      await isListening("127.0.0.1", port),
      true,
      "listening again after the restart",
    )
    await probe.stop()
  })

  test("a frozen IUT still holds its port but answers nothing; SIGCONT and stop() end it cleanly", async () => {
    const iut = new IutProcess({
      command: `exec "${process.execPath}" -e "setInterval(() => process.stdout.write('.'), 10)"`,
      endpoint: "tcp://127.0.0.1:1",
      startTimeoutMs: 5000,
      bindProbe: false,
    })
    await iut.start()
    await ms(100)
    iut.signal("SIGSTOP")
    await ms(50)
    const frozenAt = iut.tail().length
    await ms(150)
    assert.equal(iut.tail().length, frozenAt, "no output while frozen")
    assert.equal(iut.running, true, "a stopped process has not exited")
    await iut.stop(1000)
    assert.ok(iut.exit, "stop() ends a frozen IUT")
  })
})

describe("network namespaces: one link per peer, cut and restored", async () => {
  const unavailable = await NetLab.unavailable()
  const labs: NetLab[] = []
  after(() => Promise.all(labs.map(l => l.destroy())))

  test(
    "an IUT in the namespace is reached over each link, and a cut link stops only its own traffic",
    { skip: unavailable },
    async () => {
      const lab = await NetLab.create()
      labs.push(lab)
      const [a, b] = [await lab.link("a"), await lab.link("b")]
      assert.notEqual(a.nsAddress, b.nsAddress)
      const iut = new IutProcess({
        command: listener,
        endpoint: "tcp://0.0.0.0:7000",
        reachAt: `tcp://${a.nsAddress}:7000`,
        prefix: lab.exec,
        startTimeoutMs: 5000,
      })
      await iut.start()
      try {
        assert.equal(
          await isListening(b.nsAddress, 7000),
          true,
          "reached over link b",
        )
        await lab.cut("a")
        assert.equal(
          await isListening(a.nsAddress, 7000, 300),
          false,
          "link a is cut",
        )
        assert.equal(
          await isListening(b.nsAddress, 7000),
          true,
          "link b still carries traffic",
        )
        await lab.restore("a")
        assert.equal(
          await isListening(a.nsAddress, 7000),
          true,
          "link a restored",
        )
      } finally {
        await iut.stop()
      }
    },
  )

  test(
    "destroy() removes the namespace and both ends of every link",
    { skip: unavailable },
    async () => {
      const lab = await NetLab.create()
      const link = await lab.link("main")
      await lab.destroy()
      assert.doesNotMatch(
        execFileSync("ip", ["netns", "list"]).toString(),
        new RegExp(`^${lab.ns}\\b`, "m"),
      )
      assert.doesNotMatch(
        execFileSync("ip", ["-o", "link"]).toString(),
        new RegExp(`\\b${link.rootDevice}\\b`),
      )
    },
  )

  test("MARQUE_NETNS=off is a stated reason, not a silent skip", async () => {
    const { spawnSync } = await import("node:child_process")
    const out = spawnSync(
      process.execPath,
      [
        "-e",
        `require(${JSON.stringify(require.resolve("../../src/harness/netns"))}).NetLab.unavailable().then(r => console.log(r))`,
      ],
      { env: { ...process.env, MARQUE_NETNS: "off" } },
    )
    assert.match(out.stdout.toString(), /turned off \(MARQUE_NETNS=off\)/)
  })
})
