import Ajv from "ajv"
import { UsageError } from "../errors"
import type { OptionSchema, OptionValue, ProtocolModule } from "./module"

/** The options a module declares for one role. */
export function roleOptions(
  module: ProtocolModule,
  role: string,
): Record<string, OptionSchema> {
  const out: Record<string, OptionSchema> = {}
  for (const [key, o] of Object.entries(module.options))
    if (!o.roles || o.roles.includes(role)) out[key] = o
  return out
}

/** JSON Schema of one option value (the profile and the flag check use it). */
export function valueSchema(o: OptionSchema): object {
  const { type, minimum, maximum } = o
  return type === "integer" ? { type, minimum, maximum } : { type }
}

/**
 * Resolves a role's options from its sources, first one wins: the command
 * line, then the reference peer's declared values, then the profile, then
 * the declared default. Every value is checked against its schema.
 */
export function resolveOptions(
  module: ProtocolModule,
  role: string,
  sources: readonly Readonly<Record<string, OptionValue | undefined>>[],
  where: string,
): Record<string, OptionValue> {
  const declared = roleOptions(module, role)
  const out: Record<string, OptionValue> = {}
  for (const [key, o] of Object.entries(declared)) {
    const v = sources.map(s => s[key]).find(x => x !== undefined) ?? o.default
    if (v !== undefined) out[key] = v
  }
  const schema = {
    type: "object",
    properties: Object.fromEntries(
      Object.entries(declared).map(([k, o]) => [k, valueSchema(o)]),
    ),
  }
  const check = new Ajv({ allErrors: true }).compile(schema)
  if (!check(out))
    throw new UsageError(
      `${where}: ${check
        .errors!.map(e => `${e.instancePath.slice(1)} ${e.message}`)
        .join("; ")}`,
    )
  return out
}
