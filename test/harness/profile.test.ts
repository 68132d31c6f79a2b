import assert from "node:assert/strict"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { after, describe, it } from "node:test"
import { ProfileError } from "../../src/errors"
import { readProfile as read } from "../../src/harness/profile"
import { protocolNamed } from "../../src/protocols/registry"

const mdp = protocolNamed("mdp/0.1").module
const readProfile = (path: string) => read(path, mdp, "broker")

const dir = mkdtempSync(join(tmpdir(), "marque-profile-"))
after(() => rmSync(dir, { recursive: true, force: true }))

let n = 0
function file(yaml: string): string {
  const path = join(dir, `profile-${n++}.yaml`)
  writeFileSync(path, yaml)
  return path
}

/** Asserts readProfile throws a ProfileError naming the file and matching `why`. */
function rejects(path: string, why: RegExp): void {
  assert.throws(
    () => readProfile(path),
    (e: unknown) => {
      assert.ok(e instanceof ProfileError, `not a ProfileError: ${String(e)}`)
      assert.equal(e.name, "ProfileError")
      assert.equal(e.file, path)
      assert.ok(e.message.startsWith(`profile ${path}: `), e.message)
      assert.match(e.message, why)
      return true
    },
  )
}

describe("readProfile", () => {
  it("should read every key of a valid profile", () => {
    const path = file(
      [
        "protocol: mdp/0.1",
        "role: broker",
        "start: ./broker --port {port}",
        "endpoint: tcp://127.0.0.1:{port}",
        "worker-endpoint: ipc:///tmp/workers",
        "heartbeat-ms: 250",
        "liveness: 3",
        "request-expiry-ms: 5000",
        "reply-timeout-ms: 1500",
        "start-timeout-ms: 10000",
        "claims:",
        "  mmi: true",
      ].join("\n"),
    )
    assert.deepEqual(readProfile(path), {
      protocol: "mdp/0.1",
      role: "broker",
      start: "./broker --port {port}",
      "start-timeout-ms": 10000,
      endpoints: {
        endpoint: "tcp://127.0.0.1:{port}",
        backend: "ipc:///tmp/workers",
      },
      options: {
        "heartbeat-ms": 250,
        liveness: 3,
        "request-expiry-ms": 5000,
        "reply-timeout-ms": 1500,
        mmi: true,
      },
    })
  })

  it("should read an empty file as an empty profile", () => {
    assert.deepEqual(readProfile(file("")), {
      protocol: undefined,
      role: undefined,
      start: undefined,
      "start-timeout-ms": undefined,
      endpoints: {},
      options: {},
    })
  })

  it("should refuse an option of another role of the protocol", () => {
    rejects(
      file("client-retries: 3\n"),
      /must NOT have additional properties "client-retries"/,
    )
  })

  it("should name an unknown key", () => {
    rejects(
      file("heartbeat: 250\n"),
      /must NOT have additional properties "heartbeat"/,
    )
  })

  it("should name an unknown key inside claims", () => {
    rejects(file("claims:\n  titanic: true\n"), /\/claims .*"titanic"/)
  })

  it("should name a key of the wrong type", () => {
    rejects(file("heartbeat-ms: fast\n"), /\/heartbeat-ms must be integer/)
  })

  it("should reject a duration of zero", () => {
    rejects(file("heartbeat-ms: 0\n"), /\/heartbeat-ms must be >= 1/)
  })

  it("should reject an endpoint without a transport", () => {
    rejects(file("endpoint: 127.0.0.1:5555\n"), /\/endpoint must match pattern/)
  })

  it("should list every problem, not just the first", () => {
    rejects(
      file("liveness: 0\nclaims:\n  mmi: yes please\n"),
      /(?=.*\/liveness must be >= 1)(?=.*; )(?=.*\/claims\/mmi must be boolean)/,
    )
  })

  it("should reject a profile that is not a mapping", () => {
    rejects(file("- heartbeat-ms: 250\n"), /\(top\) must be a mapping/)
  })

  it("should reject invalid YAML", () => {
    rejects(file("role: [broker\n"), /at line \d+, column \d+/)
  })

  it("should reject an unreadable file", () => {
    rejects(join(dir, "missing.yaml"), /ENOENT/)
  })
})
