import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { parse } from "yaml"
import type { Requirement } from "../codec/requirement"

/** A schema file as read from disk; x-frames etc. are checked by the loader. */
export interface MessageSchema {
  $id: string
  title: string
  description?: string
  properties: Record<string, Record<string, unknown>>
  "x-frames": XFrame[]
  "x-requirements"?: string[]
  "x-vectors"?: XVector[]
  [key: string]: unknown
}

export interface XFrame {
  name: string
  rule: string
  text?: string
  hex?: string
  field?: string
  as?: "text" | "bytes"
  repeat?: boolean
  /** An address envelope: 1..n frames up to and including an empty delimiter. */
  envelope?: boolean
}

/** The message field a frame carries: an envelope's is its name unless given. */
export function fieldOf(f: XFrame): string | undefined {
  return f.envelope ? (f.field ?? f.name) : f.field
}

/** Frame notation in vectors: a string is UTF-8 text, {hex} is raw bytes. */
export type XFrameValue = string | { hex: string }

export interface XVector {
  name: string
  message: Record<string, XFrameValue | XFrameValue[]>
  frames: XFrameValue[]
}

export interface ChannelSpec {
  from: string | string[]
  to: string
  messages: string[]
  invalidRule: string
}

export interface ProtocolSpec {
  protocol: string
  title: string
  schemas: string
  includes?: string[]
  channels: Record<string, ChannelSpec>
  requirements: Requirement[]
  [key: string]: unknown
}

export interface LoadedProtocol {
  spec: ProtocolSpec
  /** Included specs by name, e.g. mmi. */
  included: Record<string, Record<string, unknown>>
  messages: MessageSchema[]
  /** Shared schemas referenced by $ref, keyed by $id. */
  common: Record<string, unknown>[]
}

function readYaml(path: string): Record<string, unknown> {
  return parse(readFileSync(path, "utf8")) as Record<string, unknown>
}

function readJsonDir(dir: string): Record<string, unknown>[] {
  return readdirSync(dir)
    .filter(f => f.endsWith(".schema.json"))
    .sort()
    .map(
      f =>
        JSON.parse(readFileSync(join(dir, f), "utf8")) as Record<
          string,
          unknown
        >,
    )
}

/** Every spec in specsDir that names a schema folder is a protocol to generate. */
export function loadProtocols(
  specsDir: string,
  schemasDir: string,
): LoadedProtocol[] {
  const names = readdirSync(specsDir)
    .filter(f => /\.ya?ml$/.test(f))
    .sort()
  const specs = new Map(
    names.map(n => [n.replace(/\.ya?ml$/, ""), readYaml(join(specsDir, n))]),
  )
  // Shared schemas are optional: a protocol may keep every schema in its own folder.
  const commonDir = join(schemasDir, "common")
  const common = existsSync(commonDir) ? readJsonDir(commonDir) : []
  const out: LoadedProtocol[] = []
  for (const raw of specs.values()) {
    if (typeof raw.schemas !== "string") continue
    const spec = raw as unknown as ProtocolSpec
    const included: LoadedProtocol["included"] = {}
    const requirements = [...spec.requirements]
    for (const inc of spec.includes ?? []) {
      const other = specs.get(inc)
      if (!other)
        throw new Error(`${spec.protocol}: includes unknown spec "${inc}"`)
      included[inc] = other
      requirements.push(...((other.requirements as Requirement[]) ?? []))
    }
    const messages = readJsonDir(
      join(schemasDir, spec.schemas),
    ) as unknown as MessageSchema[]
    for (const m of messages) checkMessage(m)
    out.push({ spec: { ...spec, requirements }, included, messages, common })
  }
  return out
}

function checkMessage(m: MessageSchema): void {
  const where = m.$id ?? "a schema"
  if (!m.title)
    throw new Error(`${where}: needs a title (it names the TypeScript type)`)
  const frames = m["x-frames"]
  if (!Array.isArray(frames) || frames.length === 0)
    throw new Error(`${where}: needs x-frames`)
  if (frames.filter(f => f.envelope).length > 1)
    throw new Error(`${where}: at most one envelope frame per message`)
  frames.forEach((f, i) => checkFrame(m, f, i, i === frames.length - 1))
}

function checkFrame(m: MessageSchema, f: XFrame, i: number, last: boolean) {
  const where = `${m.$id ?? "a schema"}: x-frames[${i}]`
  const kinds = [
    f.text !== undefined,
    f.hex !== undefined,
    f.field !== undefined || f.envelope === true,
  ]
  if (kinds.filter(Boolean).length !== 1)
    throw new Error(`${where} needs exactly one of text, hex, field, envelope`)
  if (!f.rule) throw new Error(`${where} needs a rule`)
  if (f.repeat && !last)
    throw new Error(`${where}: only the last frame may repeat`)
  if (f.envelope && (f.repeat || (f.as && f.as !== "bytes")))
    throw new Error(`${where}: an envelope holds bytes and does not repeat`)
  const field = fieldOf(f)
  if (field !== undefined && !(field in (m.properties ?? {})))
    throw new Error(`${where} names unknown field ${field}`)
}

export function frameValue(v: XFrameValue): Buffer {
  return typeof v === "string"
    ? Buffer.from(v, "utf8")
    : Buffer.from(v.hex, "hex")
}
