import {
  fieldOf,
  type LoadedProtocol,
  type MessageSchema,
  type XFrame,
} from "./load"
import { typeName } from "./emit-types"

/** Frame layouts as data, read by the hand-written interpreter in src/codec. */
export function emitLayouts(p: LoadedProtocol, runtime: string): string {
  const lines = [`import type { MessageLayout } from "${runtime}"`, ""]
  for (const m of p.messages) {
    lines.push(`/** ${m.description ?? m.title} */`)
    lines.push(`export const ${m.title}: MessageLayout = {`)
    lines.push(`  title: ${JSON.stringify(m.title)},`)
    lines.push(`  rule: ${JSON.stringify(messageRule(m))},`)
    lines.push(`  consts: ${JSON.stringify(consts(m))},`)
    lines.push(`  frames: [`)
    for (const f of m["x-frames"]) lines.push(`    ${frameSpec(f)},`)
    lines.push(`  ],`, `}`, "")
  }
  return lines.join("\n")
}

/** The rule a message breaks as a whole (extra frames): its first listed requirement. */
function messageRule(m: MessageSchema): string {
  return m["x-requirements"]?.[0] ?? m["x-frames"][0].rule
}

/** Schema properties with a const that no frame carries, e.g. command: "READY". */
function consts(m: MessageSchema): Record<string, string> {
  const carried = new Set(m["x-frames"].map(fieldOf))
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(m.properties))
    if (!carried.has(k) && typeof v.const === "string") out[k] = v.const
  return out
}

function frameSpec(f: XFrame): string {
  const parts = [
    `name: ${JSON.stringify(f.name)}`,
    `rule: ${JSON.stringify(f.rule)}`,
  ]
  if (f.text !== undefined)
    parts.push(
      `literal: Buffer.from(${JSON.stringify(Buffer.from(f.text).toString("hex"))}, "hex")`,
    )
  if (f.hex !== undefined)
    parts.push(`literal: Buffer.from(${JSON.stringify(f.hex)}, "hex")`)
  if (f.field !== undefined && !f.envelope)
    parts.push(
      `field: ${JSON.stringify(f.field)}`,
      `as: ${JSON.stringify(f.as ?? "bytes")}`,
    )
  if (f.envelope)
    parts.push(
      `field: ${JSON.stringify(fieldOf(f))}`,
      `as: "bytes"`,
      "envelope: true",
    )
  if (f.repeat) parts.push("repeat: true")
  return `{ ${parts.join(", ")} }`
}

/** Typed encode/decode per message and decode per channel. */
export function emitCodec(p: LoadedProtocol, runtime: string): string {
  const lines = [
    `import { decodeChannel, decodeWith, encodeWith, type Channel, type DecodeResult } from "${runtime}"`,
    `import * as layouts from "./layouts"`,
    `import type * as T from "./types"`,
    `import * as validators from "./validators"`,
    "",
  ]
  for (const m of p.messages) {
    const t = m.title
    lines.push(
      `/** ${t} to frames. Pure; does not validate (see decode${t}). */`,
      `export function encode${t}(msg: T.${t}): Buffer[] {`,
      `  return encodeWith(layouts.${t}, msg)`,
      `}`,
      "",
      `/** Frames to a ${t}, or a DecodeError naming the frame and the rule broken. Never throws. */`,
      `export function decode${t}(frames: readonly Uint8Array[]): DecodeResult<T.${t}> {`,
      `  return decodeWith(layouts.${t}, validators.${t}, frames)`,
      `}`,
      "",
    )
  }
  for (const [name, ch] of Object.entries(p.spec.channels)) {
    const entries = ch.messages.map(
      t => `{ layout: layouts.${t}, validate: validators.${t} }`,
    )
    lines.push(
      `export const ${name}: Channel = {`,
      `  name: ${JSON.stringify(name)},`,
      `  invalidRule: ${JSON.stringify(ch.invalidRule)},`,
      `  entries: [${entries.join(", ")}],`,
      `}`,
      "",
      `/** Any message on ${name}, or the DecodeError of the type it came closest to. */`,
      `export function decode${typeName(name)}(frames: readonly Uint8Array[]): DecodeResult<T.${typeName(name)}> {`,
      `  return decodeChannel(${name}, frames)`,
      `}`,
      "",
    )
  }
  return lines.join("\n")
}
