import assert from "node:assert/strict"
import { spawn } from "node:child_process"
import { once } from "node:events"
import { describe, it } from "node:test"
import { alive, groupAlive, groupGone } from "../../src/core/processes"
import { IutProcess } from "../../src/harness/iut"

// `; true` keeps the shell from exec-ing sleep: the group is a shell and its child.
const shellAndChild = "sleep 30; true"

describe("processes: gone means holding nothing", () => {
  it("a group is alive while a child outlives its shell, and gone once that child is", async () => {
    const sh = spawn("sh", ["-c", shellAndChild], {
      detached: true,
      stdio: "ignore",
    })
    await new Promise(r => setTimeout(r, 100)) // the shell has started sleep
    const exited = once(sh, "exit")
    process.kill(sh.pid!, "SIGKILL") // the shell alone
    await exited
    assert.equal(await alive(sh.pid!), false, "the shell is gone")
    assert.equal(await groupAlive(sh.pid!), true, "its sleep is not")
    assert.equal(await groupGone(sh.pid!, 100), false, "not within 100 ms")
    process.kill(-sh.pid!, "SIGKILL")
    assert.equal(await groupGone(sh.pid!, 2000), true)
  })

  it("this process is alive", async () => {
    assert.equal(await alive(process.pid), true)
  })

  it("an IUT's kill -9 resolves once its whole group is gone, so its ports are free", async () => {
    const iut = new IutProcess({
      command: shellAndChild,
      endpoint: "tcp://127.0.0.1:1",
      startTimeoutMs: 1000,
      bindProbe: false,
    })
    await iut.start()
    await new Promise(r => setTimeout(r, 100))
    const pgid = iut.pid!
    assert.equal(await groupAlive(pgid), true)
    await iut.kill()
    assert.equal(await groupAlive(pgid), false)
  })
})
