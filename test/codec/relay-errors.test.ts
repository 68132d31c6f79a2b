import { describe } from "node:test"
import { decodeWith, type MessageLayout } from "../../src/codec"
import * as relay from "./generated/relay"
import { decodeError, frames } from "./helpers"

// Decode errors around an address envelope (REL-2) in the made-up relay
// protocol. Its literal frames are named "signature" and "kind", so the
// codes below come from the kind of each literal, not from a name.

const long = Buffer.alloc(256, 0x41)

describe("relay envelope first (Delivery)", () => {
  decodeError(
    "an empty first frame is empty-envelope 0 (REL-2)",
    relay.decodeDelivery,
    frames("", "RLY1", 0x02, "x"),
    { code: "empty-envelope", frame: 0, rule: "REL-2" },
  )
  decodeError(
    "no empty frame at all is missing-delimiter at the end (REL-2)",
    relay.decodeDelivery,
    frames("a", "RLY1", 0x02, "x"),
    {
      code: "missing-delimiter",
      frame: 4,
      rule: "REL-2",
      actual: "message ends after 4 frames, none of them empty from route on",
    },
  )
  decodeError(
    "no frames is empty-message 0 (REL-2)",
    relay.decodeDelivery,
    [],
    { code: "empty-message", frame: 0, rule: "REL-2" },
  )
  decodeError(
    "signature RLY2 after a two-frame envelope is bad-header 3 (REL-1)",
    relay.decodeDelivery,
    frames("a", "b", "", "RLY2", 0x02, "x"),
    { code: "bad-header", frame: 3, rule: "REL-1", expected: '"RLY1"' },
  )
  decodeError(
    "kind 0x09 after the envelope is unknown-command 3 (REL-3)",
    relay.decodeDelivery,
    frames("a", "", "RLY1", 0x09, "x"),
    { code: "unknown-command", frame: 3, rule: "REL-3", actual: "0x09" },
  )
  decodeError(
    "no body is missing-frame 4 (REL-4)",
    relay.decodeDelivery,
    frames("a", "", "RLY1", 0x02),
    { code: "missing-frame", frame: 4, rule: "REL-4" },
  )
  decodeError(
    "a 256-byte second route frame is a schema error at frame 1 (REL-2)",
    relay.decodeDelivery,
    [...frames("a"), long, ...frames("", "RLY1", 0x02, "x")],
    { code: "schema", frame: 1, rule: "REL-2" },
  )
})

describe("relay envelope in the middle (Forward)", () => {
  decodeError(
    "hops with no delimiter is missing-delimiter at the end (REL-2)",
    relay.decodeForward,
    frames("RLY1", 0x01, "h1", "news", "x"),
    { code: "missing-delimiter", frame: 5, rule: "REL-2" },
  )
  decodeError(
    "an empty frame where the hops start is empty-envelope 2 (REL-2)",
    relay.decodeForward,
    frames("RLY1", 0x01, "", "news", "x"),
    { code: "empty-envelope", frame: 2, rule: "REL-2" },
  )
  decodeError(
    "a message ending before the hops is missing-frame 2 (REL-2)",
    relay.decodeForward,
    frames("RLY1", 0x01),
    { code: "missing-frame", frame: 2, rule: "REL-2" },
  )
  decodeError(
    "a 33-character topic after two hops is a schema error at frame 5 (REL-5)",
    relay.decodeForward,
    frames("RLY1", 0x01, "h1", "h2", "", "t".repeat(33), "x"),
    { code: "schema", frame: 5, rule: "REL-5" },
  )
  decodeError(
    "kind 0x02 is unknown-command 1 (REL-3)",
    relay.decodeForward,
    frames("RLY1", 0x02, "h1", "", "news", "x"),
    { code: "unknown-command", frame: 1, rule: "REL-3", expected: "0x01" },
  )
})

describe("relay envelope then fixed frames (Receipt)", () => {
  decodeError(
    "a frame after the sequence is extra-frame 5 (REL-6)",
    relay.decodeReceipt,
    frames("n", "", "RLY1", 0x04, "42", "more"),
    {
      code: "extra-frame",
      frame: 5,
      rule: "REL-6",
      expected: "exactly 5 frames",
    },
  )
  decodeError(
    "a two-frame envelope and no sequence is missing-frame 5 (REL-6)",
    relay.decodeReceipt,
    frames("n1", "n2", "", "RLY1", 0x04),
    { code: "missing-frame", frame: 5, rule: "REL-6" },
  )
  decodeError(
    'sequence "x" is a schema error at frame 4 (REL-6)',
    relay.decodeReceipt,
    frames("n", "", "RLY1", 0x04, "x"),
    { code: "schema", frame: 4, rule: "REL-6", actual: '"x"' },
  )
})

describe("relay channels", () => {
  decodeError(
    "fromHub - kind 0x09 after an envelope names the channel rule and both kinds (REL-1)",
    relay.decodeFromHub,
    frames("n", "", "RLY1", 0x09, "x"),
    {
      code: "unknown-command",
      frame: 3,
      rule: "REL-1",
      expected: "one of 0x02 (Delivery), 0x04 (Receipt)",
      actual: "0x09",
    },
  )
  decodeError(
    "toHub - a Forward with no delimiter is blamed on its envelope (REL-2)",
    relay.decodeToHub,
    frames("RLY1", 0x01, "h1", "news", "x"),
    { code: "missing-delimiter", frame: 5, rule: "REL-2" },
  )
})

describe("literal codes come from kinds, not names", () => {
  // A protocol that spells its command as a word ("HELLO", the message's
  // type) after a text header, then a status word.
  const spelled: MessageLayout = {
    title: "Hello",
    rule: "X-1",
    consts: { type: "HELLO", status: "OK" },
    frames: ["V1", "HELLO", "OK"].map((text, i) => ({
      name: `frame ${i}`,
      rule: `X-${i + 2}`,
      literal: Buffer.from(text),
    })),
  }
  const decode = (f: readonly Uint8Array[]) =>
    decodeWith(spelled, () => true, f)
  decodeError("a text header is bad-header", decode, frames("V2"), {
    code: "bad-header",
    frame: 0,
    rule: "X-2",
  })
  decodeError(
    "text spelling the type is unknown-command",
    decode,
    frames("V1", "HELO"),
    { code: "unknown-command", frame: 1, rule: "X-3" },
  )
  decodeError(
    "any other word is bad-literal",
    decode,
    frames("V1", "HELLO", "KO"),
    { code: "bad-literal", frame: 2, rule: "X-4" },
  )
})
