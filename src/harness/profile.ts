import { readFileSync } from "node:fs"
import { dirname, resolve } from "node:path"
import Ajv from "ajv"
import { parse } from "yaml"
import { ProfileError } from "../errors"
import type { OptionValue, ProtocolModule } from "./module"
import { roleOptions, valueSchema } from "./options"

/**
 * What a profile file may say about an implementation under test. Keys
 * mirror the command-line flags (flags given on the command line win): the
 * shared ones below, the role's endpoint placeholders, and the options its
 * protocol module declares.
 */
export interface Profile {
  protocol?: string
  role?: string
  start?: string
  "start-timeout-ms"?: number
  /** CURVE: the IUT's public key file and the suite's own key pair (secret certificate). */
  "curve-server-key"?: string
  "curve-client-key"?: string
  /** Endpoint templates by placeholder. */
  endpoints: Record<string, string>
  /** Module options by key. */
  options: Record<string, OptionValue>
}

const endpointSchema = { type: "string", pattern: "^(tcp|ipc|inproc)://" }
const shared = {
  protocol: { type: "string" },
  role: { type: "string" },
  start: { type: "string", minLength: 1 },
  "start-timeout-ms": { type: "integer", minimum: 1, maximum: 3_600_000 },
  "curve-server-key": { type: "string", minLength: 1 },
  "curve-client-key": { type: "string", minLength: 1 },
}

function load(file: string): Record<string, unknown> {
  let raw: unknown
  try {
    raw = parse(readFileSync(file, "utf8"))
  } catch (err) {
    throw new ProfileError(file, (err as Error).message, { cause: err })
  }
  if (raw === null || raw === undefined) return {}
  if (typeof raw !== "object" || Array.isArray(raw))
    throw new ProfileError(file, "(top) must be a mapping of keys to values")
  return raw as Record<string, unknown>
}

/** The protocol and role a profile names, before the rest can be checked. */
export function profileTarget(file: string): {
  protocol?: string
  role?: string
} {
  const raw = load(file)
  const str = (v: unknown) => (typeof v === "string" ? v : undefined)
  return { protocol: str(raw.protocol), role: str(raw.role) }
}

/** Reads and checks a profile against the role's placeholders and options. */
export function readProfile(
  file: string,
  module: ProtocolModule,
  role: string,
): Profile {
  const raw = load(file)
  const placeholders = Object.keys(module.roles[role]?.endpoints ?? {})
  const declared = roleOptions(module, role)
  // MDP profiles from before options were per protocol said `claims: {mmi}`
  // and `worker-endpoint`; both still read as they always did.
  const legacy = {
    "worker-endpoint": endpointSchema,
    claims: {
      type: "object",
      additionalProperties: false,
      properties: { mmi: { type: "boolean" } },
    },
  }
  const schema = {
    type: "object",
    additionalProperties: false,
    properties: {
      ...shared,
      ...legacy,
      ...Object.fromEntries(placeholders.map(k => [k, endpointSchema])),
      ...Object.fromEntries(
        Object.entries(declared).map(([k, o]) => [k, valueSchema(o)]),
      ),
    },
  }
  const validate = new Ajv({ allErrors: true }).compile(schema)
  if (!validate(raw)) {
    const why = validate.errors!.map(
      e =>
        `${e.instancePath || "(top)"} ${e.message}${e.params && "additionalProperty" in e.params ? ` "${e.params.additionalProperty}"` : ""}`,
    )
    throw new ProfileError(file, why.join("; "))
  }
  const endpoints: Record<string, string> = {}
  for (const k of placeholders)
    if (typeof raw[k] === "string") endpoints[k] = raw[k]
  if (typeof raw["worker-endpoint"] === "string")
    endpoints.backend ??= raw["worker-endpoint"]
  const options: Record<string, OptionValue> = {}
  for (const k of Object.keys(declared))
    if (raw[k] !== undefined) options[k] = raw[k] as OptionValue
  const claims = raw.claims as { mmi?: boolean } | undefined
  if (claims?.mmi !== undefined && "mmi" in declared) options.mmi ??= claims.mmi
  return {
    protocol: raw.protocol as string | undefined,
    role: raw.role as string | undefined,
    start: raw.start as string | undefined,
    "start-timeout-ms": raw["start-timeout-ms"] as number | undefined,
    // Key files are named relative to the profile, like a project's own files.
    ...near(file, "curve-server-key", raw["curve-server-key"]),
    ...near(file, "curve-client-key", raw["curve-client-key"]),
    endpoints,
    options,
  }
}

function near(
  profile: string,
  key: "curve-server-key" | "curve-client-key",
  path: unknown,
): Partial<Profile> {
  return typeof path === "string"
    ? { [key]: resolve(dirname(profile), path) }
    : {}
}
