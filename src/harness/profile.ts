import { readFileSync } from "node:fs"
import Ajv from "ajv"
import { parse } from "yaml"
import { ProfileError } from "../errors"

/**
 * What a profile file may say about an implementation under test. Keys
 * mirror the command-line flags; flags given on the command line win.
 */
export interface Profile {
  protocol?: string
  role?: string
  start?: string
  endpoint?: string
  "worker-endpoint"?: string
  "heartbeat-ms"?: number
  liveness?: number
  "request-expiry-ms"?: number
  "reply-timeout-ms"?: number
  "start-timeout-ms"?: number
  "reconnect-ms"?: number
  "client-timeout-ms"?: number
  "client-retries"?: number
  "worker-busy-ms"?: number
  claims?: { mmi?: boolean }
}

const ms = { type: "integer", minimum: 1, maximum: 3_600_000 }
const schema = {
  type: "object",
  additionalProperties: false,
  properties: {
    protocol: { type: "string" },
    role: { type: "string" },
    start: { type: "string", minLength: 1 },
    endpoint: { type: "string", pattern: "^(tcp|ipc|inproc)://" },
    "worker-endpoint": { type: "string", pattern: "^(tcp|ipc|inproc)://" },
    "heartbeat-ms": ms,
    liveness: { type: "integer", minimum: 1, maximum: 100 },
    "request-expiry-ms": ms,
    "reply-timeout-ms": ms,
    "start-timeout-ms": ms,
    "reconnect-ms": ms,
    "client-timeout-ms": ms,
    "client-retries": { type: "integer", minimum: 1, maximum: 100 },
    "worker-busy-ms": ms,
    claims: {
      type: "object",
      additionalProperties: false,
      properties: { mmi: { type: "boolean" } },
    },
  },
}

const validate = new Ajv({ allErrors: true }).compile<Profile>(schema)

export function readProfile(file: string): Profile {
  let raw: unknown
  try {
    raw = parse(readFileSync(file, "utf8"))
  } catch (err) {
    throw new ProfileError(file, (err as Error).message, { cause: err })
  }
  if (!validate(raw ?? {})) {
    const why = validate.errors!.map(
      e =>
        `${e.instancePath || "(top)"} ${e.message}${e.params && "additionalProperty" in e.params ? ` "${e.params.additionalProperty}"` : ""}`,
    )
    throw new ProfileError(file, why.join("; "))
  }
  return (raw ?? {}) as Profile
}
