import assert from "node:assert/strict"
import { test } from "node:test"
import { decodeFromClient, decodeToClient } from "../../src/generated/rfl"
import { exactStringRule } from "../../src/protocols/rfl/suite/exact-strings"

const frames = (...f: string[]) => f.map(s => Buffer.from(s, "latin1"))

/** The rule the suite blames for a message its codec refuses. */
function blamed(
  m: Buffer[],
  decode: typeof decodeFromClient | typeof decodeToClient,
) {
  const d = decode(m)
  assert.ok(!d.ok, "the codec refuses it")
  return exactStringRule(m, d.error.rule)
}

test("a command or status that is right but for case, padding or a terminator breaks RFL-8", () => {
  const id = "6f1c6a3e-3c1b-4d0e-9a51-0d7b1c2e3f40"
  assert.equal(
    blamed(frames("", "request", id, "x"), decodeFromClient),
    "RFL-8",
  )
  assert.equal(blamed(frames("", "HEARTBEAT\0"), decodeFromClient), "RFL-8")
  assert.equal(
    blamed(frames("", "RESPONSE", id, "ok", "x"), decodeToClient),
    "RFL-8",
  )
  assert.equal(blamed(frames("", " Heartbeat", "srv"), decodeToClient), "RFL-8")
})

test("another refused message keeps the codec's rule", () => {
  const d = decodeFromClient(frames("", "PING"))
  assert.ok(!d.ok)
  assert.equal(exactStringRule(frames("", "PING"), d.error.rule), d.error.rule)
  assert.notEqual(d.error.rule, "RFL-8")
})
