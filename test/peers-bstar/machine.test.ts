import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { parse } from "yaml"
import { readFileSync } from "node:fs"
import { resolve } from "node:path"
import { emitMachine, type MachineSpec } from "../../src/codegen/emit-machine"
import type { LoadedProtocol } from "../../src/codegen/load"
import { machine } from "../../src/generated/bstar"
import {
  decide,
  type EventName,
  initialState,
  peerEvent,
  serves,
  type StateName,
  stateOfWire,
  wireValue,
} from "../../src/protocols/bstar/machine"

const alive = { peerDead: false }
const dead = { peerDead: true }

/** The digest's §12.3 table, written out by hand: the generated one must agree. */
const table: Array<
  [StateName, EventName, boolean, StateName, string?, string?]
> = [
  // state, event, peer dead, next state, action, rule
  ["PRIMARY", "PEER_BACKUP", false, "ACTIVE", undefined, "BSTAR-8"],
  ["PRIMARY", "PEER_ACTIVE", false, "PASSIVE", undefined, "BSTAR-8"],
  ["PRIMARY", "PEER_PRIMARY", false, "PRIMARY", undefined, "BSTAR-18"],
  ["PRIMARY", "PEER_PASSIVE", false, "PRIMARY", undefined, "BSTAR-18"],
  ["PRIMARY", "CLIENT_REQUEST", true, "ACTIVE", "serve", "BSTAR-19"],
  ["PRIMARY", "CLIENT_REQUEST", false, "PRIMARY", "drop", "BSTAR-19"],
  ["BACKUP", "PEER_ACTIVE", false, "PASSIVE", undefined, "BSTAR-9"],
  ["BACKUP", "PEER_PRIMARY", false, "BACKUP", undefined, "BSTAR-18"],
  ["BACKUP", "CLIENT_REQUEST", true, "BACKUP", "drop", "BSTAR-10"],
  ["ACTIVE", "PEER_ACTIVE", false, "ACTIVE", "fatal", "BSTAR-16"],
  ["ACTIVE", "PEER_PRIMARY", false, "ACTIVE", undefined, "BSTAR-15"],
  ["ACTIVE", "PEER_PASSIVE", false, "ACTIVE", undefined, "BSTAR-15"],
  ["ACTIVE", "CLIENT_REQUEST", false, "ACTIVE", "serve", "BSTAR-14"],
  ["PASSIVE", "PEER_PRIMARY", false, "ACTIVE", undefined, "BSTAR-11"],
  ["PASSIVE", "PEER_BACKUP", false, "ACTIVE", undefined, "BSTAR-11"],
  ["PASSIVE", "PEER_PASSIVE", false, "PASSIVE", "fatal", "BSTAR-17"],
  ["PASSIVE", "PEER_ACTIVE", false, "PASSIVE", undefined, "BSTAR-18"],
  ["PASSIVE", "CLIENT_REQUEST", true, "ACTIVE", "serve", "BSTAR-12"],
  ["PASSIVE", "CLIENT_REQUEST", false, "PASSIVE", "drop", "BSTAR-13"],
]

describe("the generated transition table is digest §12.3", () => {
  for (const [from, event, peerDead, to, action, rule] of table)
    it(`${rule}: ${from} + ${event}${event === "CLIENT_REQUEST" ? (peerDead ? " (peer dead)" : " (peer alive)") : ""} -> ${to}${action ? `, ${action}` : ""}`, () => {
      const o = decide(from, event, { peerDead })
      assert.deepEqual([o.to, o.action, o.rule], [to, action, rule])
    })

  it("BSTAR-16, BSTAR-17: the fatal cells say what they report", () => {
    assert.equal(decide("ACTIVE", "PEER_ACTIVE", alive).error, "dual actives")
    assert.equal(
      decide("PASSIVE", "PEER_PASSIVE", alive).error,
      "dual passives",
    )
  })

  it("BSTAR-15: no event takes a server out of ACTIVE", () => {
    for (const event of Object.keys(machine.events) as EventName[])
      for (const facts of [alive, dead])
        assert.equal(decide("ACTIVE", event, facts).to, "ACTIVE", event)
  })

  it("BSTAR-21: the only ways into ACTIVE from PASSIVE are a restarted peer or a vote with the peer dead", () => {
    const ways = (Object.keys(machine.events) as EventName[]).filter(
      e => decide("PASSIVE", e, alive).to === "ACTIVE",
    )
    assert.deepEqual(ways, ["PEER_PRIMARY", "PEER_BACKUP"])
  })

  it("BSTAR-7: primary starts PRIMARY, backup BACKUP; only ACTIVE serves a live pair", () => {
    assert.equal(initialState("primary"), "PRIMARY")
    assert.equal(initialState("backup"), "BACKUP")
    const serving = (Object.keys(machine.states) as StateName[]).filter(serves)
    assert.deepEqual(serving, ["ACTIVE"])
  })

  it('BSTAR-3: states go on the wire as "1" to "4" and come back as the PEER_* event', () => {
    for (const s of Object.keys(machine.states) as StateName[]) {
      assert.equal(stateOfWire(wireValue(s)), s)
      assert.equal(peerEvent(s), `PEER_${s}`)
    }
    assert.equal(stateOfWire("5"), undefined)
  })
})

describe("emit-machine refuses a table with a hole", () => {
  const root = resolve(__dirname, "../../..")
  const spec = parse(readFileSync(`${root}/specs/bstar.yaml`, "utf8"))
  const loaded = (m: unknown) =>
    ({
      spec: { ...spec, machine: m },
      included: {},
      messages: [],
      common: [],
    }) as unknown as LoadedProtocol

  it("emits the checked-in table from the spec as it is", () => {
    assert.match(emitMachine(loaded(spec.machine))!, /export const transitions/)
  })

  for (const [what, edit, message] of [
    [
      "a missing cell",
      (m: MachineSpec) => delete m.transitions.BACKUP.PEER_PASSIVE,
      /BACKUP \+ PEER_PASSIVE is missing/,
    ],
    [
      "an unknown next state",
      (m: MachineSpec) => (m.transitions.PRIMARY.PEER_BACKUP[0].to = "LEADER"),
      /unknown state LEADER/,
    ],
    [
      "an unknown requirement",
      (m: MachineSpec) =>
        (m.transitions.PRIMARY.PEER_BACKUP[0].rule = "BSTAR-99"),
      /unknown requirement BSTAR-99/,
    ],
    [
      "a guarded last branch",
      (m: MachineSpec) => m.transitions.PASSIVE.CLIENT_REQUEST.pop(),
      /only the last branch/,
    ],
  ] as const)
    it(`refuses ${what}`, () => {
      const m = structuredClone(spec.machine)
      edit(m)
      assert.throws(() => emitMachine(loaded(m)), message)
    })
})
