import type { LoadedProtocol, MessageSchema, XFrameValue } from "./load"
import { fieldOf, frameValue } from "./load"

/** The spec as constants: protocol facts, timing defaults, requirement catalog. */
export function emitSpec(p: LoadedProtocol, runtime: string): string {
  const { requirements, channels: _c, ...facts } = p.spec
  const commands: Record<string, string> = {}
  for (const m of p.messages) {
    // A message's command is its first hex literal, whatever the frame's name.
    const cmd = m["x-frames"].find(f => f.hex !== undefined)
    if (cmd?.hex) commands[m.title] = "0x" + cmd.hex
  }
  return [
    `import type { Requirement } from "${runtime}"`,
    "",
    `export const spec = ${JSON.stringify(facts, null, 2)} as const`,
    "",
    `/** Specs this protocol includes (e.g. 8/MMI), with their constants. */`,
    `export const included = ${JSON.stringify(p.included, (k, v) => (k === "requirements" ? undefined : v), 2)} as const`,
    "",
    `/** Command byte of each message type that carries one. */`,
    `export const commandBytes = ${JSON.stringify(commands, null, 2)} as const`,
    "",
    `export const requirements: readonly Requirement[] = ${JSON.stringify(requirements, null, 2)}`,
    "",
  ].join("\n")
}

/** Golden vectors from x-vectors: {message, frames} pairs for decode/encode/mirror tests. */
export function emitVectors(p: LoadedProtocol, runtime: string): string {
  const lines = [
    `import type { GoldenVector } from "${runtime}"`,
    "",
    `export const vectors: readonly GoldenVector[] = [`,
  ]
  for (const m of p.messages) {
    for (const v of m["x-vectors"] ?? []) {
      lines.push(
        `  {`,
        `    type: ${JSON.stringify(m.title)},`,
        `    name: ${JSON.stringify(v.name)},`,
        `    message: { ${Object.entries(v.message)
          .map(([k, val]) => `${JSON.stringify(k)}: ${fieldCode(m, k, val)}`)
          .join(", ")} },`,
        `    frames: [${v.frames.map(bytesCode).join(", ")}],`,
        `  },`,
      )
    }
  }
  lines.push(`]`, "")
  return lines.join("\n")
}

function fieldCode(
  m: MessageSchema,
  key: string,
  val: XFrameValue | XFrameValue[],
): string {
  const frame = m["x-frames"].find(f => fieldOf(f) === key)
  if (Array.isArray(val))
    return `[${val.map(v => (frame?.as === "text" ? JSON.stringify(v) : bytesCode(v))).join(", ")}]`
  if (!frame || frame.as === "text") return JSON.stringify(val)
  return bytesCode(val)
}

function bytesCode(v: XFrameValue): string {
  return `Buffer.from(${JSON.stringify(frameValue(v).toString("hex"))}, "hex")`
}
