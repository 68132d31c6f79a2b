import assert from "node:assert/strict"
import { describe, it } from "node:test"
import * as tsp from "../../src/generated/tsp"
import { isDefinedStatus, statusCodeOf } from "../../src/protocols/tsp/status"
import { codecOf, decodeError, frames, testVector } from "../codec/helpers"

const codec = codecOf(tsp)

describe("tsp golden vectors", () => {
  for (const v of tsp.vectors) testVector(codec, v)

  it("should have at least one vector for every message type", () => {
    const covered = new Set(tsp.vectors.map(v => v.type))
    const missing = codec.messageTypes.filter(t => !covered.has(t))
    assert.deepEqual(missing, [])
    assert.equal(codec.messageTypes.length, 8)
  })
})

describe("tsp body decoders name the rule broken", () => {
  decodeError(
    "titanic.request with no body frame breaks TSP-5",
    tsp.decodeRequestIn,
    frames("echo"),
    { code: "missing-frame", frame: 1, rule: "TSP-5" },
  )
  decodeError(
    "a non-printable target service breaks TSP-5",
    tsp.decodeRequestIn,
    frames("ec\nho", "x"),
    { code: "schema", frame: 0, rule: "TSP-5" },
  )
  decodeError(
    "200 with a UUID that is not 32 hex digits breaks TSP-8",
    tsp.decodeRequestOut,
    frames("200", "not-a-uuid"),
    { code: "schema", frame: 1, rule: "TSP-8" },
  )
  decodeError(
    "a status of four digits breaks TSP-22",
    tsp.decodeCloseOut,
    frames("2000"),
    { code: "schema", frame: 0, rule: "TSP-22" },
  )
  decodeError(
    "200 from titanic.reply with no reply body breaks TSP-10",
    tsp.decodeReplyOut,
    frames("200"),
    { code: "missing-frame", frame: 1, rule: "TSP-10" },
  )
  decodeError(
    "300 with content frames breaks TSP-10",
    tsp.decodeReplyOut,
    frames("300", "early"),
    { code: "extra-frame", frame: 1, rule: "TSP-10" },
  )
  decodeError(
    "titanic.close answered with two frames breaks TSP-16",
    tsp.decodeCloseOut,
    frames("200", "bye"),
    { code: "extra-frame", frame: 1, rule: "TSP-16" },
  )
  decodeError(
    "titanic.reply with two frames breaks TSP-9",
    tsp.decodeReplyIn,
    frames("0123456789abcdef0123456789abcdef", "x"),
    { code: "extra-frame", frame: 1, rule: "TSP-9" },
  )
  decodeError(
    "a path as the UUID breaks TSP-8",
    tsp.decodeCloseIn,
    frames("../../../../etc/passwd"),
    { code: "schema", frame: 0, rule: "TSP-8" },
  )

  it("should read the code of a status frame, never its text (TSP-22, TSP-23)", () => {
    const code = (text: string) => statusCodeOf(Buffer.from(text))
    assert.equal(code("200"), "200")
    assert.equal(code("200 OK"), "200")
    assert.equal(code("300 still waiting"), "300")
    for (const bad of ["2000", "20", "OK", "", " 200", "200OK", "2x0"])
      assert.equal(code(bad), undefined, JSON.stringify(bad))
    assert.ok(isDefinedStatus("500"))
    assert.ok(!isDefinedStatus("404"))
    assert.ok(!isDefinedStatus("501"))
  })

  it("should take a status code outside the table as well-formed (TSP-19 is judged on the code)", () => {
    const r = tsp.decodeReplyOut(frames("404"))
    assert.ok(r.ok)
    assert.deepEqual(r.value, { status: "404" })
  })
})
