import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { describeDecodeError } from "../../src/codec"
import * as mdp from "../../src/generated/mdp-0.1"
import { decodeError, decoders, frames } from "./helpers"

const W = "MDPW01"
const C = "MDPC01"

describe("MDP/Worker decode errors", () => {
  decodeError(
    "READY - without a service frame is missing-frame 3 (MDP-16)",
    mdp.decodeWorkerReady,
    frames("", W, 0x01),
    {
      code: "missing-frame",
      frame: 3,
      rule: "MDP-16",
      actual: "message ends after 3 frames",
    },
  )
  decodeError(
    "READY - header MDPW02 is bad-header 1 (MDP-22)",
    mdp.decodeWorkerReady,
    frames("", "MDPW02", 0x01, "echo"),
    {
      code: "bad-header",
      frame: 1,
      rule: "MDP-22",
      expected: '"MDPW01"',
      actual: '"MDPW02"',
    },
  )
  decodeError(
    "READY - with the client header is bad-header 1 (MDP-22)",
    mdp.decodeWorkerReady,
    frames("", C, 0x01, "echo"),
    { code: "bad-header", frame: 1, rule: "MDP-22", actual: '"MDPC01"' },
  )
  decodeError(
    "READY - without the empty frame is bad-delimiter 0 (MDP-21)",
    mdp.decodeWorkerReady,
    frames(W, 0x01, "echo"),
    { code: "bad-delimiter", frame: 0, rule: "MDP-21", expected: '""' },
  )
  decodeError(
    "READY - with a fifth frame is extra-frame 4 (MDP-16)",
    mdp.decodeWorkerReady,
    frames("", W, 0x01, "echo", "junk"),
    { code: "extra-frame", frame: 4, rule: "MDP-16", actual: "5 frames" },
  )
  decodeError(
    "READY - a service with a newline breaks the service frame's rule",
    mdp.decodeWorkerReady,
    frames("", W, 0x01, "ec\nho"),
    { code: "schema", frame: 3, rule: "MDP-16", actual: "0x65630a686f" },
  )
  decodeError(
    "READY - an empty service name is a schema error",
    mdp.decodeWorkerReady,
    frames("", W, 0x01, ""),
    { code: "schema", frame: 3, rule: "MDP-16" },
  )
  decodeError(
    "READY - a 256-byte service name is a schema error",
    mdp.decodeWorkerReady,
    frames("", W, 0x01, "s".repeat(256)),
    { code: "schema", frame: 3, rule: "MDP-16" },
  )
  decodeError(
    "HEARTBEAT - with 4 frames is extra-frame 3 (MDP-19)",
    mdp.decodeWorkerHeartbeat,
    frames("", W, 0x04, "junk"),
    {
      code: "extra-frame",
      frame: 3,
      rule: "MDP-19",
      expected: "exactly 3 frames",
    },
  )
  decodeError(
    "DISCONNECT - with 4 frames is extra-frame 3 (MDP-20)",
    mdp.decodeWorkerDisconnect,
    frames("", W, 0x05, "junk"),
    { code: "extra-frame", frame: 3, rule: "MDP-20" },
  )
  decodeError(
    "REQUEST - an empty client address is a schema error (MDP-37)",
    mdp.decodeWorkerRequest,
    frames("", W, 0x02, "", "", "hello"),
    { code: "schema", frame: 3, rule: "MDP-37", actual: '""' },
  )
  decodeError(
    "REQUEST - without the address delimiter is bad-delimiter 4 (MDP-38)",
    mdp.decodeWorkerRequest,
    frames("", W, 0x02, "c1", "hello"),
    { code: "bad-delimiter", frame: 4, rule: "MDP-38" },
  )
  decodeError(
    "REPLY - a 256-byte client address is a schema error (MDP-37)",
    mdp.decodeWorkerReply,
    frames("", W, 0x03, new Uint8Array(256), "", "hello"),
    { code: "schema", frame: 3, rule: "MDP-37" },
  )
  decodeError(
    "REPLY - without a body is missing-frame 5 (MDP-18)",
    mdp.decodeWorkerReply,
    frames("", W, 0x03, "c1", ""),
    { code: "missing-frame", frame: 5, rule: "MDP-18" },
  )
})

describe("MDP/Client decode errors", () => {
  decodeError(
    "REQUEST - without a body is missing-frame 3 (MDP-6)",
    mdp.decodeClientRequest,
    frames("", C, "echo"),
    { code: "missing-frame", frame: 3, rule: "MDP-6", expected: "body frame" },
  )
  decodeError(
    "REQUEST - a service with a newline breaks the service frame's rule (MDP-13)",
    mdp.decodeClientRequest,
    frames("", C, "ec\nho", "hello"),
    { code: "schema", frame: 2, rule: "MDP-13" },
  )
  decodeError(
    "REQUEST - with the worker header is bad-header 1 (MDP-22)",
    mdp.decodeClientRequest,
    frames("", W, "echo", "hello"),
    { code: "bad-header", frame: 1, rule: "MDP-22", expected: '"MDPC01"' },
  )
  decodeError(
    "REPLY - without a body is missing-frame 3 (MDP-7)",
    mdp.decodeClientReply,
    frames("", C, "echo"),
    { code: "missing-frame", frame: 3, rule: "MDP-7" },
  )
})

/** The empty frame's rule: MDP-21 for MDP/Worker, MDP-6/MDP-7 for MDP/Client. */
const emptyRules: Record<string, string> = {
  // client and worker messages both start with an empty frame, under different rules: the channel rule decides
  decodeAtBroker: "MDP-22",
  decodeClientReply: "MDP-7",
  decodeClientRequest: "MDP-6",
  decodeFromClient: "MDP-6",
  decodeFromWorker: "MDP-21",
  decodeMmiNotImplemented: "MDP-7",
  decodeMmiServiceReply: "MDP-7",
  decodeMmiServiceRequest: "MDP-6",
  decodeToClient: "MDP-7",
  decodeToWorker: "MDP-21",
  decodeWorkerDisconnect: "MDP-21",
  decodeWorkerHeartbeat: "MDP-21",
  decodeWorkerReady: "MDP-21",
  decodeWorkerReply: "MDP-21",
  decodeWorkerRequest: "MDP-21",
}

function emptyRule(decoder: string): string {
  const rule = emptyRules[decoder]
  if (!rule) throw new Error(`add ${decoder} to emptyRules`)
  return rule
}

describe("empty messages", () => {
  for (const [name, decode] of decoders) {
    decodeError(`${name} - an empty message is empty-message 0`, decode, [], {
      code: "empty-message",
      frame: 0,
      rule: emptyRule(name),
      actual: "message ends after 0 frames",
    })
  }
})

describe("channel decoders", () => {
  decodeError(
    "decodeFromWorker - command 0x09 is unknown-command 2 (MDP-22)",
    mdp.decodeFromWorker,
    frames("", W, 0x09),
    {
      code: "unknown-command",
      frame: 2,
      rule: "MDP-22",
      expected:
        "one of 0x01 (WorkerReady), 0x03 (WorkerReply), 0x04 (WorkerHeartbeat), 0x05 (WorkerDisconnect)",
      actual: "0x09",
    },
  )
  decodeError(
    "decodeFromWorker - HEARTBEAT with 4 frames is blamed on HEARTBEAT",
    mdp.decodeFromWorker,
    frames("", W, 0x04, "junk"),
    { code: "extra-frame", frame: 3, rule: "MDP-19" },
  )
  decodeError(
    "decodeFromWorker - READY without a service is blamed on READY",
    mdp.decodeFromWorker,
    frames("", W, 0x01),
    { code: "missing-frame", frame: 3, rule: "MDP-16" },
  )
  decodeError(
    "decodeToWorker - READY is not a command the broker sends (MDP-22)",
    mdp.decodeToWorker,
    frames("", W, 0x01, "echo"),
    { code: "unknown-command", frame: 2, rule: "MDP-22", actual: "0x01" },
  )
  decodeError(
    "decodeAtBroker - a worker REQUEST (0x02) is not a command the broker accepts",
    mdp.decodeAtBroker,
    frames("", W, 0x02, "c1", "", "hello"),
    { code: "unknown-command", frame: 2, rule: "MDP-22" },
  )
  decodeError(
    "decodeAtBroker - an unknown header is bad-header 1 (MDP-22)",
    mdp.decodeAtBroker,
    frames("", "MDPX01", 0x01, "echo"),
    { code: "bad-header", frame: 1, rule: "MDP-22", actual: '"MDPX01"' },
  )

  it("decodeAtBroker - should tell a client REQUEST from a worker READY by header", () => {
    const fromClient = mdp.decodeAtBroker(frames("", C, "echo", "hello"))
    const fromWorker = mdp.decodeAtBroker(frames("", W, 0x01, "echo"))
    assert.deepEqual(fromClient, {
      ok: true,
      value: { command: "REQUEST", service: "echo", body: frames("hello") },
    })
    assert.deepEqual(fromWorker, {
      ok: true,
      value: { command: "READY", service: "echo" },
    })
  })

  it("decodeAtBroker - should tell a client REQUEST from a worker REPLY by header", () => {
    // Both carry a word after the header; only the header says whose it is.
    const reply = mdp.decodeAtBroker(frames("", W, 0x03, "c1", "", "hello"))
    assert.deepEqual(reply, {
      ok: true,
      value: {
        command: "REPLY",
        client: frames("c1")[0],
        body: frames("hello"),
      },
    })
  })
})

describe("8/MMI decode errors", () => {
  for (const status of ["200", "404"]) {
    it(`decodeMmiServiceReply - should accept status "${status}"`, () => {
      const r = mdp.decodeMmiServiceReply(frames("", C, "mmi.service", status))
      assert.deepEqual(r, {
        ok: true,
        value: { command: "REPLY", service: "mmi.service", status },
      })
    })
  }
  decodeError(
    'decodeMmiServiceReply - status "500" is a schema error (MMI-5)',
    mdp.decodeMmiServiceReply,
    frames("", C, "mmi.service", "500"),
    { code: "schema", frame: 3, rule: "MMI-5", actual: '"500"' },
  )
  decodeError(
    "decodeMmiServiceReply - another service is bad-literal 2 (MMI-8)",
    mdp.decodeMmiServiceReply,
    frames("", C, "echo", "200"),
    { code: "bad-literal", frame: 2, rule: "MMI-8" },
  )
  decodeError(
    'decodeMmiNotImplemented - status "502" is bad-literal 3 (MMI-7)',
    mdp.decodeMmiNotImplemented,
    frames("", C, "mmi.frobnicate", "502"),
    { code: "bad-literal", frame: 3, rule: "MMI-7", expected: '"501"' },
  )
  decodeError(
    "decodeMmiNotImplemented - a service outside mmi. is a schema error (MMI-7)",
    mdp.decodeMmiNotImplemented,
    frames("", C, "echo", "501"),
    { code: "schema", frame: 2, rule: "MMI-7" },
  )
  decodeError(
    "decodeMmiServiceRequest - two body frames is extra-frame 4 (MMI-4)",
    mdp.decodeMmiServiceRequest,
    frames("", C, "mmi.service", "echo", "junk"),
    { code: "extra-frame", frame: 4, rule: "MMI-4" },
  )
})

describe("describeDecodeError", () => {
  it("should name the rule, the frame and both sides", () => {
    const r = mdp.decodeWorkerReady(frames("", "MDPW02", 0x01, "echo"))
    assert.ok(!r.ok)
    assert.equal(
      describeDecodeError(r.error),
      'MDP-22: WorkerReady frame 1 (header): expected "MDPW01", got "MDPW02"',
    )
  })
})
