import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { describeDecodeError } from "../../src/codec"
import * as mdp01 from "../../src/generated/mdp-0.1"
import * as mdp from "../../src/generated/mdp-0.2"
import { codecOf, decodeError, frames } from "./helpers"

const W = "MDPW02"
const C = "MDPC02"
const { decoders } = codecOf(mdp)

/**
 * 18/MDP §8: "the same byte means different things across versions ...
 * Decoders must choose the table from the header frame." Under MDPW02,
 * 0x03 is PARTIAL (REPLY in 0.1), 0x04 FINAL (HEARTBEAT), 0x05 HEARTBEAT
 * (DISCONNECT) and 0x06 DISCONNECT (unused).
 */
describe("18/MDP byte-value traps", () => {
  const decodes = (
    title: string,
    decode: (f: Buffer[]) => unknown,
    input: Buffer[],
    value: object,
  ) => it(title, () => assert.deepEqual(decode(input), { ok: true, value }))
  const c1 = frames("c1")[0]

  decodes(
    "decodeFromWorker - 0x03 is PARTIAL, not REPLY",
    mdp.decodeFromWorker,
    frames(W, 0x03, "c1", "", "hello"),
    { command: "PARTIAL", client: c1, body: frames("hello") },
  )
  decodes(
    "decodeFromWorker - 0x04 with an address is FINAL, not HEARTBEAT",
    mdp.decodeFromWorker,
    frames(W, 0x04, "c1", "", "hello"),
    { command: "FINAL", client: c1, body: frames("hello") },
  )
  for (const decode of [mdp.decodeFromWorker, mdp.decodeToWorker]) {
    decodes(
      `${decode.name} - 0x05 is HEARTBEAT, not DISCONNECT`,
      decode,
      frames(W, 0x05),
      { command: "HEARTBEAT" },
    )
    decodes(`${decode.name} - 0x06 is DISCONNECT`, decode, frames(W, 0x06), {
      command: "DISCONNECT",
    })
  }
  decodes(
    "decodeToClient - 0x02 is PARTIAL",
    mdp.decodeToClient,
    frames(C, 0x02, "echo", "hel"),
    { command: "PARTIAL", service: "echo", body: frames("hel") },
  )
  decodes(
    "decodeToClient - 0x03 is FINAL",
    mdp.decodeToClient,
    frames(C, 0x03, "echo", "hello"),
    { command: "FINAL", service: "echo", body: frames("hello") },
  )

  decodeError(
    "decodeFromWorker - [MDPW02][0x04] is a FINAL without its client address (MDP2-39)",
    mdp.decodeFromWorker,
    frames(W, 0x04),
    { code: "missing-frame", frame: 2, rule: "MDP2-39" },
  )
  decodeError(
    "decodeToWorker - 0x04 (0.1 HEARTBEAT) is unknown-command 1 (MDP2-23)",
    mdp.decodeToWorker,
    frames(W, 0x04),
    {
      code: "unknown-command",
      frame: 1,
      rule: "MDP2-23",
      expected:
        "one of 0x02 (WorkerRequest), 0x05 (WorkerHeartbeat), 0x06 (WorkerDisconnect)",
      actual: "0x04",
    },
  )
  decodeError(
    "decodeWorkerHeartbeat - 0x04 is unknown-command 1 (MDP2-21)",
    mdp.decodeWorkerHeartbeat,
    frames(W, 0x04),
    { code: "unknown-command", frame: 1, rule: "MDP2-21", expected: "0x05" },
  )
  decodeError(
    "decodeWorkerDisconnect - 0x05 is unknown-command 1 (MDP2-22)",
    mdp.decodeWorkerDisconnect,
    frames(W, 0x05),
    { code: "unknown-command", frame: 1, rule: "MDP2-22", expected: "0x06" },
  )
  decodeError(
    "decodeWorkerFinal - 0x03 is unknown-command 1 (MDP2-20)",
    mdp.decodeWorkerFinal,
    frames(W, 0x03, "c1", "", "hello"),
    { code: "unknown-command", frame: 1, rule: "MDP2-20", expected: "0x04" },
  )
})

/** 18/MDP is "not compatible" with 0.1: no command starts with an empty frame. */
describe("0.1 messages at a 0.2 decoder", () => {
  decodeError(
    "decodeWorkerReady - a 0.1 READY is bad-header 0 (MDP2-23)",
    mdp.decodeWorkerReady,
    frames("", "MDPW01", 0x01, "echo"),
    {
      code: "bad-header",
      frame: 0,
      rule: "MDP2-23",
      expected: '"MDPW02"',
      actual: '""',
    },
  )
  decodeError(
    "decodeFromWorker - a 0.1 HEARTBEAT is bad-header 0 (MDP2-23)",
    mdp.decodeFromWorker,
    frames("", "MDPW01", 0x04),
    { code: "bad-header", frame: 0, rule: "MDP2-23", expected: '"MDPW02"' },
  )
  decodeError(
    "decodeToWorker - a 0.1 DISCONNECT is bad-header 0 (MDP2-23)",
    mdp.decodeToWorker,
    frames("", "MDPW01", 0x05),
    { code: "bad-header", frame: 0, rule: "MDP2-23" },
  )
  decodeError(
    "decodeAtBroker - a 0.1 client REQUEST is blamed on the channel (MDP2-23)",
    mdp.decodeAtBroker,
    frames("", "MDPC01", "echo", "hello"),
    {
      code: "bad-header",
      frame: 0,
      rule: "MDP2-23",
      expected:
        'one of "MDPC02" (ClientRequest), "MDPW02" (WorkerReady, WorkerPartial, WorkerFinal, WorkerHeartbeat, WorkerDisconnect)',
      actual: '""',
    },
  )
  decodeError(
    "decodeToClient - a 0.1 REPLY is bad-header 0 (MDP2-23)",
    mdp.decodeToClient,
    frames("", "MDPC01", "echo", "hello"),
    { code: "bad-header", frame: 0, rule: "MDP2-23", expected: '"MDPC02"' },
  )
  decodeError(
    "decodeWorkerReady - MDPW01 without the empty frame is bad-header 0",
    mdp.decodeWorkerReady,
    frames("MDPW01", 0x01, "echo"),
    { code: "bad-header", frame: 0, rule: "MDP2-23", actual: '"MDPW01"' },
  )
  decodeError(
    "decodeFromWorker - MDPW02 after a leading empty frame is bad-header 0",
    mdp.decodeFromWorker,
    frames("", W, 0x05),
    { code: "bad-header", frame: 0, rule: "MDP2-23", actual: '""' },
  )
  decodeError(
    "0.1 decodeFromWorker - a 0.2 HEARTBEAT is bad-delimiter 0 (MDP-21)",
    mdp01.decodeFromWorker,
    frames(W, 0x05),
    { code: "bad-delimiter", frame: 0, rule: "MDP-21" },
  )
})

describe("no vector decodes across versions", () => {
  const codec01 = codecOf(mdp01)
  it("every 0.2 decoder - should reject each 0.1 vector with bad-header 0 (MDP2-23)", () => {
    for (const v of mdp01.vectors)
      for (const [name, decode] of decoders) {
        const r = decode(v.frames)
        assert.ok(!r.ok, `${name} decoded 0.1 ${v.type} "${v.name}"`)
        assert.deepEqual(
          [r.error.code, r.error.frame, r.error.rule],
          ["bad-header", 0, "MDP2-23"],
          name,
        )
      }
  })
  it("every 0.1 decoder - should reject each 0.2 vector at frame 0", () => {
    for (const v of mdp.vectors)
      for (const [name, decode] of codec01.decoders) {
        const r = decode(v.frames)
        assert.ok(!r.ok, `${name} decoded 0.2 ${v.type} "${v.name}"`)
        assert.deepEqual(
          [r.error.code, r.error.frame],
          ["bad-delimiter", 0],
          name,
        )
      }
  })
})

describe("MDP/Worker 0.2 frame counts", () => {
  decodeError(
    "READY - a 4th frame is extra-frame 3 (MDP2-17)",
    mdp.decodeWorkerReady,
    frames(W, 0x01, "echo", "junk"),
    {
      code: "extra-frame",
      frame: 3,
      rule: "MDP2-17",
      expected: "exactly 3 frames",
      actual: "4 frames",
    },
  )
  decodeError(
    "READY - without a service is missing-frame 2 (MDP2-17)",
    mdp.decodeWorkerReady,
    frames(W, 0x01),
    { code: "missing-frame", frame: 2, rule: "MDP2-17" },
  )
  decodeError(
    "READY - a service with a newline is a schema error (MDP2-17)",
    mdp.decodeWorkerReady,
    frames(W, 0x01, "ec\nho"),
    { code: "schema", frame: 2, rule: "MDP2-17" },
  )
  decodeError(
    "HEARTBEAT - a 3rd frame is extra-frame 2 (MDP2-21)",
    mdp.decodeWorkerHeartbeat,
    frames(W, 0x05, "junk"),
    {
      code: "extra-frame",
      frame: 2,
      rule: "MDP2-21",
      expected: "exactly 2 frames",
    },
  )
  decodeError(
    "decodeFromWorker - HEARTBEAT with 3 frames is blamed on HEARTBEAT",
    mdp.decodeFromWorker,
    frames(W, 0x05, "junk"),
    { code: "extra-frame", frame: 2, rule: "MDP2-21" },
  )
  decodeError(
    "DISCONNECT - a 3rd frame is extra-frame 2 (MDP2-22)",
    mdp.decodeWorkerDisconnect,
    frames(W, 0x06, "junk"),
    { code: "extra-frame", frame: 2, rule: "MDP2-22" },
  )
  decodeError(
    "REQUEST - without a body is missing-frame 4 (MDP2-18)",
    mdp.decodeWorkerRequest,
    frames(W, 0x02, "c1", ""),
    { code: "missing-frame", frame: 4, rule: "MDP2-18" },
  )
  decodeError(
    "PARTIAL - without the address delimiter is bad-delimiter 3 (MDP2-40)",
    mdp.decodeWorkerPartial,
    frames(W, 0x03, "c1", "hello"),
    { code: "bad-delimiter", frame: 3, rule: "MDP2-40", expected: '""' },
  )
  decodeError(
    "PARTIAL - without a body is missing-frame 4 (MDP2-19)",
    mdp.decodeWorkerPartial,
    frames(W, 0x03, "c1", ""),
    { code: "missing-frame", frame: 4, rule: "MDP2-19" },
  )
  decodeError(
    "FINAL - an empty client address is a schema error (MDP2-39)",
    mdp.decodeWorkerFinal,
    frames(W, 0x04, "", "", "hello"),
    { code: "schema", frame: 2, rule: "MDP2-39", actual: '""' },
  )
  decodeError(
    "FINAL - a 256-byte client address is a schema error (MDP2-39)",
    mdp.decodeWorkerFinal,
    frames(W, 0x04, new Uint8Array(256), "", "hello"),
    { code: "schema", frame: 2, rule: "MDP2-39" },
  )
})

describe("MDP/Client 0.2 decode errors", () => {
  decodeError(
    "REQUEST - without a body is missing-frame 3 (MDP2-6)",
    mdp.decodeClientRequest,
    frames(C, 0x01, "echo"),
    { code: "missing-frame", frame: 3, rule: "MDP2-6", expected: "body frame" },
  )
  decodeError(
    "REQUEST - without the command byte is unknown-command 1 (MDP2-6)",
    mdp.decodeClientRequest,
    frames(C, "echo", "hello"),
    { code: "unknown-command", frame: 1, rule: "MDP2-6", actual: '"echo"' },
  )
  decodeError(
    "REQUEST - a service with a newline is a schema error (MDP2-14)",
    mdp.decodeClientRequest,
    frames(C, 0x01, "ec\nho", "hello"),
    { code: "schema", frame: 2, rule: "MDP2-14" },
  )
  decodeError(
    "REQUEST - with the worker header is bad-header 0 (MDP2-23)",
    mdp.decodeClientRequest,
    frames(W, 0x01, "echo", "hello"),
    { code: "bad-header", frame: 0, rule: "MDP2-23", expected: '"MDPC02"' },
  )
  decodeError(
    "PARTIAL - without a body is missing-frame 3 (MDP2-7)",
    mdp.decodeClientPartial,
    frames(C, 0x02, "echo"),
    { code: "missing-frame", frame: 3, rule: "MDP2-7" },
  )
  decodeError(
    "FINAL - without a body is missing-frame 3 (MDP2-8)",
    mdp.decodeClientFinal,
    frames(C, 0x03, "echo"),
    { code: "missing-frame", frame: 3, rule: "MDP2-8" },
  )
})

describe("0.2 channel decoders", () => {
  decodeError(
    "decodeFromWorker - command 0x07 is unknown-command 1 (MDP2-23)",
    mdp.decodeFromWorker,
    frames(W, 0x07),
    {
      code: "unknown-command",
      frame: 1,
      rule: "MDP2-23",
      expected:
        "one of 0x01 (WorkerReady), 0x03 (WorkerPartial), 0x04 (WorkerFinal), 0x05 (WorkerHeartbeat), 0x06 (WorkerDisconnect)",
      actual: "0x07",
    },
  )
  decodeError(
    "decodeToClient - a REQUEST (0x01) is not a command the broker sends (MDP2-23)",
    mdp.decodeToClient,
    frames(C, 0x01, "echo", "hello"),
    {
      code: "unknown-command",
      frame: 1,
      rule: "MDP2-23",
      expected: "one of 0x02 (ClientPartial), 0x03 (ClientFinal)",
    },
  )
  decodeError(
    "decodeToWorker - READY is not a command the broker sends (MDP2-23)",
    mdp.decodeToWorker,
    frames(W, 0x01, "echo"),
    { code: "unknown-command", frame: 1, rule: "MDP2-23", actual: "0x01" },
  )
  decodeError(
    "decodeAtBroker - a worker REQUEST (0x02) is not a command the broker accepts",
    mdp.decodeAtBroker,
    frames(W, 0x02, "c1", "", "hello"),
    { code: "unknown-command", frame: 1, rule: "MDP2-23" },
  )
  decodeError(
    "decodeAtBroker - a client PARTIAL is blamed on REQUEST (MDP2-6)",
    mdp.decodeAtBroker,
    frames(C, 0x02, "echo", "hello"),
    { code: "unknown-command", frame: 1, rule: "MDP2-6", expected: "0x01" },
  )

  it("decodeAtBroker - should tell a client REQUEST from a worker READY by header", () => {
    // Both carry 0x01 in frame 1; only the header says whose table applies.
    assert.deepEqual(mdp.decodeAtBroker(frames(C, 0x01, "echo", "hello")), {
      ok: true,
      value: { command: "REQUEST", service: "echo", body: frames("hello") },
    })
    assert.deepEqual(mdp.decodeAtBroker(frames(W, 0x01, "echo")), {
      ok: true,
      value: { command: "READY", service: "echo" },
    })
  })
})

describe("empty messages (0.2)", () => {
  for (const [name, decode] of decoders) {
    decodeError(
      `${name} - an empty message is empty-message 0 (MDP2-23)`,
      decode,
      [],
      {
        code: "empty-message",
        frame: 0,
        rule: "MDP2-23",
        actual: "message ends after 0 frames",
      },
    )
  }
})

/** 8/MMI over 18/MDP (inferred): the answer is a FINAL with the status code. */
describe("8/MMI over 0.2 decode errors", () => {
  for (const status of ["200", "404"]) {
    it(`decodeMmiServiceReply - should accept a FINAL with status "${status}"`, () => {
      const r = mdp.decodeMmiServiceReply(
        frames(C, 0x03, "mmi.service", status),
      )
      assert.deepEqual(r, {
        ok: true,
        value: { command: "FINAL", service: "mmi.service", status },
      })
    })
  }
  decodeError(
    "decodeMmiServiceReply - a PARTIAL is unknown-command 1 (MDP2-8)",
    mdp.decodeMmiServiceReply,
    frames(C, 0x02, "mmi.service", "200"),
    { code: "unknown-command", frame: 1, rule: "MDP2-8", expected: "0x03" },
  )
  decodeError(
    'decodeMmiServiceReply - status "500" is a schema error (MMI-5)',
    mdp.decodeMmiServiceReply,
    frames(C, 0x03, "mmi.service", "500"),
    { code: "schema", frame: 3, rule: "MMI-5", actual: '"500"' },
  )
  decodeError(
    "decodeMmiServiceReply - a 0.1 REPLY is bad-header 0 (MDP2-23)",
    mdp.decodeMmiServiceReply,
    frames("", "MDPC01", "mmi.service", "200"),
    { code: "bad-header", frame: 0, rule: "MDP2-23" },
  )
  decodeError(
    'decodeMmiNotImplemented - status "502" is bad-literal 3 (MMI-7)',
    mdp.decodeMmiNotImplemented,
    frames(C, 0x03, "mmi.frobnicate", "502"),
    { code: "bad-literal", frame: 3, rule: "MMI-7", expected: '"501"' },
  )
  decodeError(
    "decodeMmiNotImplemented - a service outside mmi. is a schema error (MMI-7)",
    mdp.decodeMmiNotImplemented,
    frames(C, 0x03, "echo", "501"),
    { code: "schema", frame: 2, rule: "MMI-7" },
  )
  decodeError(
    "decodeMmiServiceRequest - two body frames is extra-frame 4 (MMI-4)",
    mdp.decodeMmiServiceRequest,
    frames(C, 0x01, "mmi.service", "echo", "junk"),
    { code: "extra-frame", frame: 4, rule: "MMI-4" },
  )
})

describe("describeDecodeError (0.2)", () => {
  it("should name the rule, the frame and both sides", () => {
    const r = mdp.decodeWorkerReady(frames("", "MDPW01", 0x01, "echo"))
    assert.ok(!r.ok)
    assert.equal(
      describeDecodeError(r.error),
      'MDP2-23: WorkerReady frame 0 (header): expected "MDPW02", got ""',
    )
  })
})
