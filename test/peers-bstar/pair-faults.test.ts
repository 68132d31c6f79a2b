import assert from "node:assert/strict"
import { afterEach, describe, it } from "node:test"
import { pairFaults } from "../../src/protocols/bstar/peers"
import { ask } from "../../src/protocols/bstar/suite/probe-client"
import { body, DUE, EXPIRY, HB, pause, reaches, type Rig, rig } from "./helpers"

/**
 * Each fault switch does what its description says, and only in the
 * situation it is for: the suite's scenarios rely on both.
 */
describe("pair fault switches", () => {
  let r: Rig | undefined
  afterEach(async () => {
    await r?.close()
    r = undefined
  })

  it("lists at least the five the issue asks for", () => {
    for (const f of [
      "takeover-without-request",
      "stale-vote",
      "ignore-peer-state",
      "no-state",
      "primary-returns-active",
    ])
      assert.ok(f in pairFaults, f)
  })

  it("takeover-without-request: PASSIVE goes ACTIVE on its peer's silence alone (BSTAR-21)", async () => {
    r = await rig("backup", { faults: ["takeover-without-request"] })
    r.peer.announce("ACTIVE")
    assert.ok(await reaches(r.server, "PASSIVE"))
    r.peer.silence()
    assert.ok(await reaches(r.server, "ACTIVE", EXPIRY + DUE))
  })

  it("stale-vote: only after a dropped request does silence make it ACTIVE (BSTAR-21)", async () => {
    r = await rig("backup", { faults: ["stale-vote"] })
    r.peer.announce("ACTIVE")
    assert.ok(await reaches(r.server, "PASSIVE"))
    r.peer.silence()
    await pause(EXPIRY + 2 * HB)
    assert.equal(r.server.state, "PASSIVE", "no vote yet: conforming")
    r.peer.announce("ACTIVE")
    await pause(2 * HB)
    assert.equal((await ask("c", r.frontend, body("1"), 2 * HB)).kind, "none")
    r.peer.silence()
    assert.ok(await reaches(r.server, "ACTIVE", EXPIRY + DUE))
  })

  it("ignore-peer-state: the primary stays PRIMARY on PEER_BACKUP (BSTAR-8)", async () => {
    r = await rig("primary", { faults: ["ignore-peer-state"] })
    r.peer.announce("BACKUP")
    await pause(EXPIRY + 2 * HB)
    assert.equal(r.server.state, "PRIMARY")
    // Still alive to it: a request is dropped, as PRIMARY with a live peer does.
    assert.equal((await ask("c", r.frontend, body("1"), 2 * HB)).kind, "none")
  })

  it("no-state: nothing is published (BSTAR-4), the table still runs", async () => {
    r = await rig("primary", { faults: ["no-state"] })
    r.peer.announce("BACKUP")
    assert.ok(await reaches(r.server, "ACTIVE"))
    await pause(3 * HB)
    assert.equal(r.watch.seen.length, 0)
  })

  it("primary-returns-active: PRIMARY + PEER_ACTIVE goes ACTIVE (BSTAR-8)", async () => {
    r = await rig("primary", { faults: ["primary-returns-active"] })
    r.peer.announce("ACTIVE")
    // It goes ACTIVE, then the next PEER_ACTIVE is the (correct) fatal cell.
    assert.equal(await r.server.ended, "dual actives")
    assert.ok(r.server.state === "ACTIVE")
  })

  it("reject-with-reply: a dropped request is answered (BSTAR-20)", async () => {
    r = await rig("backup", { faults: ["reject-with-reply"] })
    const a = await ask("c", r.frontend, body("1"), DUE)
    assert.deepEqual(a.kind === "reply" && a.body.map(String), ["not active"])
    assert.equal(r.server.state, "BACKUP")
  })

  it("survive-dual-active: ACTIVE ignores PEER_ACTIVE (BSTAR-16)", async () => {
    r = await rig("primary", { faults: ["survive-dual-active"] })
    r.peer.announce("BACKUP")
    assert.ok(await reaches(r.server, "ACTIVE"))
    r.peer.announce("ACTIVE")
    const ended = await Promise.race([r.server.ended, pause(3 * HB)])
    assert.equal(ended, undefined)
    assert.equal(r.server.state, "ACTIVE")
  })
})
