import assert from "node:assert/strict"
import { afterEach, describe, it } from "node:test"
import { ask } from "../../src/protocols/bstar/suite/probe-client"
import { body, DUE, EXPIRY, HB, pause, reaches, type Rig, rig } from "./helpers"

/** Every cell of the table driven on one real server, the suite playing its peer. */
describe("reference pair server against the suite's peer", () => {
  let r: Rig | undefined
  afterEach(async () => {
    await r?.close()
    r = undefined
  })

  it("BSTAR-8, BSTAR-14: a primary that hears BACKUP goes ACTIVE, says so and serves", async () => {
    r = await rig("primary")
    r.peer.announce("BACKUP")
    assert.ok(await reaches(r.server, "ACTIVE"))
    const seen = await r.watch.first(
      s => s.state === "ACTIVE",
      performance.now() + DUE,
    )
    assert.ok(seen, "ACTIVE published")
    const a = await ask("c", r.frontend, body("7"), DUE)
    assert.equal(a.kind, "reply")
    assert.deepEqual(a.kind === "reply" && a.body.map(String), ["7"])
  })

  it("BSTAR-9, BSTAR-13, BSTAR-20: a backup that hears ACTIVE goes PASSIVE and leaves requests unanswered", async () => {
    r = await rig("backup")
    r.peer.announce("ACTIVE")
    assert.ok(await reaches(r.server, "PASSIVE"))
    assert.deepEqual(await ask("c", r.frontend, body("1"), 3 * HB), {
      kind: "none",
    })
    assert.equal(r.server.state, "PASSIVE")
  })

  it("BSTAR-21, BSTAR-12: a passive server whose peer falls silent waits for a client, then serves it", async () => {
    r = await rig("backup")
    r.peer.announce("ACTIVE")
    assert.ok(await reaches(r.server, "PASSIVE"))
    r.peer.silence()
    await pause(EXPIRY + 3 * HB)
    assert.equal(r.server.state, "PASSIVE", "no takeover without a request")
    const a = await ask("c", r.frontend, body("vote"), DUE)
    assert.equal(a.kind, "reply")
    assert.equal(r.server.state, "ACTIVE")
  })

  it("BSTAR-11: PASSIVE goes ACTIVE when its peer comes back as PRIMARY", async () => {
    r = await rig("backup")
    r.peer.announce("ACTIVE")
    assert.ok(await reaches(r.server, "PASSIVE"))
    r.peer.announce("PRIMARY")
    assert.ok(await reaches(r.server, "ACTIVE"))
  })

  it("BSTAR-16: PEER_ACTIVE while ACTIVE ends the server with dual actives", async () => {
    r = await rig("primary")
    r.peer.announce("BACKUP")
    assert.ok(await reaches(r.server, "ACTIVE"))
    r.peer.announce("ACTIVE")
    assert.equal(await r.server.ended, "dual actives")
  })

  it("BSTAR-17: PEER_PASSIVE while PASSIVE ends the server with dual passives", async () => {
    r = await rig("backup")
    r.peer.announce("ACTIVE")
    assert.ok(await reaches(r.server, "PASSIVE"))
    r.peer.announce("PASSIVE")
    assert.equal(await r.server.ended, "dual passives")
  })

  it("BSTAR-19: a primary alone drops requests for one expiry after start, then takes the vote", async () => {
    r = await rig("primary")
    assert.deepEqual(await ask("c", r.frontend, body("early"), EXPIRY / 4), {
      kind: "none",
    })
    await pause(EXPIRY)
    assert.equal((await ask("c", r.frontend, body("late"), DUE)).kind, "reply")
    assert.equal(r.server.state, "ACTIVE")
  })

  it("BSTAR-10: a backup answers nobody, its peer dead or alive", async () => {
    r = await rig("backup")
    await pause(EXPIRY + HB)
    assert.deepEqual(await ask("c", r.frontend, body("1"), 2 * HB), {
      kind: "none",
    })
    assert.equal(r.server.state, "BACKUP")
  })

  it("BSTAR-3: a malformed state is no event and no sign of life", async () => {
    r = await rig("backup")
    r.peer.announce("ACTIVE")
    assert.ok(await reaches(r.server, "PASSIVE"))
    r.peer.silence()
    const garbage = setInterval(
      () => void r?.peer.raw([Buffer.from("5")]),
      HB / 2,
    )
    try {
      await pause(EXPIRY + 2 * HB)
      assert.equal(r.server.state, "PASSIVE", '"5" is not CLIENT_REQUEST')
      assert.equal((await ask("c", r.frontend, body("1"), DUE)).kind, "reply")
    } finally {
      clearInterval(garbage)
    }
  })

  it("BSTAR-4: the state goes out every heartbeat", async () => {
    r = await rig("primary")
    const start = performance.now()
    await pause(10 * HB)
    const seen = r.watch.after(start)
    assert.ok(
      seen.length >= 7 && seen.length <= 11,
      `${seen.length} states in 10 heartbeats`,
    )
    assert.ok(seen.every(s => s.state === "PRIMARY"))
  })
})
