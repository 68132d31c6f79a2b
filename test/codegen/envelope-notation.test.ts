import assert from "node:assert/strict"
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { after, describe, it } from "node:test"
import { loadProtocols } from "../../src/codegen/load"

// The x-frames notation the loader accepts for address envelopes, and the
// layouts it refuses with a message naming the schema and the frame.

const dirs: string[] = []
after(() => dirs.forEach(d => rmSync(d, { recursive: true, force: true })))

/** One protocol "t" with one message of these frames; no schemas/common. */
function load(frames: object[]): void {
  const dir = mkdtempSync(join(tmpdir(), "marque-notation-"))
  dirs.push(dir)
  mkdirSync(join(dir, "specs"))
  mkdirSync(join(dir, "schemas", "t"), { recursive: true })
  writeFileSync(
    join(dir, "specs", "t.yaml"),
    "protocol: t\ntitle: T\nschemas: t\nchannels: {}\nrequirements: []\n",
  )
  const bytes = { type: "array", items: { "x-bytes": true } }
  const schema = {
    $id: "https://example.org/t/m.schema.json",
    title: "M",
    type: "object",
    properties: { route: bytes, back: bytes, body: bytes },
    "x-frames": frames,
  }
  writeFileSync(
    join(dir, "schemas", "t", "m.schema.json"),
    JSON.stringify(schema),
  )
  loadProtocols(join(dir, "specs"), join(dir, "schemas"))
}

const route = { name: "route", envelope: true, rule: "T-1" }
const body = { name: "body", field: "body", repeat: true, rule: "T-2" }
const header = { name: "h", text: "T1", rule: "T-3" }

describe("x-frames envelope notation", () => {
  it("should accept an envelope first, in the middle, or before a repeat, without schemas/common", () => {
    load([route, header, body])
    load([header, route, body])
    load([header, { ...route, field: "back" }])
  })

  it("should refuse two envelopes in one message", () => {
    assert.throws(
      () => load([route, header, { ...route, name: "back" }]),
      /at most one envelope frame per message/,
    )
  })

  it("should refuse an envelope that repeats or holds text", () => {
    assert.throws(
      () => load([header, { ...route, repeat: true }]),
      /x-frames\[1\]: an envelope holds bytes and does not repeat/,
    )
    assert.throws(
      () => load([{ ...route, as: "text" }, header]),
      /an envelope holds bytes/,
    )
  })

  it("should refuse an envelope whose field the schema lacks", () => {
    assert.throws(
      () => load([{ ...route, name: "hops" }, header]),
      /x-frames\[0\] names unknown field hops/,
    )
  })

  it("should refuse an envelope that is also a literal, and a repeat before the end", () => {
    assert.throws(
      () => load([{ ...route, text: "" }, header]),
      /exactly one of text, hex, field, envelope/,
    )
    assert.throws(() => load([body, route]), /only the last frame may repeat/)
  })
})
