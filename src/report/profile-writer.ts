import { join } from "node:path"
import { stringify } from "yaml"
import { UsageError } from "../errors"
import type { OptionValue } from "../harness/module"
import { roleOptions } from "../harness/options"
import { packageRoot } from "../package-root"
import { protocolNamed, roleOf } from "../protocols/registry"

export interface InitRequest {
  protocol: string
  role: string
  start?: string
  startTimeoutMs?: number
  /** Take the start command and option values of marque's own peer. */
  reference?: boolean
  /** Write `node bin/marque.js` (run from the marque folder) instead of this machine's absolute paths. */
  portable?: boolean
  /** Endpoint placeholders and module options, by kebab-case key, from the command line. */
  values: Record<string, OptionValue>
}

/** Reads `--key value`, `--key` and `--no-key` against what the role declares. */
export function parseValues(
  protocol: string,
  role: string,
  args: readonly string[],
): Record<string, OptionValue> {
  const { module } = protocolNamed(protocol)
  const placeholders = Object.keys(
    roleOf(protocolNamed(protocol), role).endpoints,
  )
  const options = roleOptions(module, role)
  const out: Record<string, OptionValue> = {}
  for (let i = 0; i < args.length; i++) {
    const m = /^--(no-)?([a-z][a-z0-9-]*)$/.exec(args[i])
    const key = m?.[2] ?? ""
    const o = options[key]
    if (m && !m[1] && placeholders.includes(key) && args[i + 1]) {
      out[key] = args[++i]
    } else if (m && o?.type === "boolean") {
      out[key] = !m[1]
    } else if (m && !m[1] && o && args[i + 1] !== undefined) {
      const v = args[++i]
      if (o.type === "integer" && !/^\d+$/.test(v))
        throw new UsageError(`--${key} wants a whole number, got "${v}"`)
      out[key] = o.type === "integer" ? Number(v) : v
    } else {
      const known = [...placeholders, ...Object.keys(options)].map(
        k => `--${k}`,
      )
      throw new UsageError(
        `${args[i]} is not an option of ${protocol} ${role} (it takes: ${known.join(", ")})`,
      )
    }
  }
  return out
}

const absoluteMarque = `exec "${process.execPath}" "${join(packageRoot, "bin/marque.js")}"`

/**
 * A profile as YAML: every option the role declares, the given ones set and
 * the rest as comments with their defaults, so the file documents itself.
 */
export function profileYaml(r: InitRequest): string {
  const entry = protocolNamed(r.protocol)
  const spec = roleOf(entry, r.role)
  const options = roleOptions(entry.module, r.role)
  const ref = r.reference ? entry.module.reference[r.role] : undefined
  if (r.reference && !ref)
    throw new UsageError(`${r.protocol} has no reference ${r.role}`)
  if (r.reference && r.start)
    throw new UsageError(
      "--reference writes marque's own start command; drop --start",
    )
  const values: Record<string, OptionValue | undefined> = {
    ...ref?.options,
    ...r.values,
  }
  let start = ref ? ref.command(r.protocol, values) : r.start
  if (start && r.portable)
    start = start.split(absoluteMarque).join("exec node bin/marque.js")
  if (!start && Object.values(spec.endpoints).some(e => e.bind === "suite"))
    throw new UsageError(
      `a ${r.role} connects to the suite, which must start it: give --start (or --reference)`,
    )
  const set: Record<string, unknown> = { protocol: r.protocol, role: r.role }
  if (start) set.start = start
  if (r.startTimeoutMs) set["start-timeout-ms"] = r.startTimeoutMs
  for (const k of Object.keys(spec.endpoints))
    if (values[k] !== undefined) set[k] = values[k]
  for (const k of Object.keys(options))
    if (values[k] !== undefined) set[k] = values[k]
  const unset = Object.entries(options)
    .filter(([k]) => values[k] === undefined)
    .map(
      ([k, o]) =>
        `# ${k}: ${o.default ?? (o.type === "integer" ? "<n>" : "<value>")}  # ${o.description}`,
    )
  const head = [
    `# marque profile: ${r.protocol} ${r.role} (${spec.description}).`,
    `# Use: marque test --profile <this file>; flags given there win.`,
    ...Object.entries(spec.endpoints).map(
      ([k, e]) =>
        `# {${k}}: ${e.bind === "iut" ? "the IUT binds" : "the suite binds, the IUT connects"}; ${e.description}`,
    ),
    ...(r.portable && ref
      ? ["# Run from the marque folder (the start command is relative to it)."]
      : []),
  ]
  return [
    ...head,
    stringify(set, { lineWidth: 0 }).trimEnd(),
    ...(unset.length ? ["# Not set (default or not claimed):", ...unset] : []),
    "",
  ].join("\n")
}
