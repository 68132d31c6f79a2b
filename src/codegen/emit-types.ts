import { compile } from "json-schema-to-typescript"
import { fieldOf, type LoadedProtocol, type MessageSchema } from "./load"

/**
 * TypeScript interfaces, one per message schema, via json-schema-to-typescript.
 * $refs to the shared schemas are inlined first, so each type stands alone and
 * the generator never resolves a URL.
 */
export async function emitTypes(p: LoadedProtocol): Promise<string> {
  const byId = new Map(p.common.map(s => [s.$id as string, s]))
  const parts: string[] = []
  for (const m of p.messages) {
    const inlined = envelopesAsBuffers(
      inlineRefs(m, m.$id, byId) as MessageSchema,
      m,
    )
    parts.push(
      (
        await compile(inlined as never, m.title, {
          bannerComment: "",
          additionalProperties: false,
          declareExternallyReferenced: false,
          format: true,
        })
      ).trim(),
    )
  }
  for (const [name, ch] of Object.entries(p.spec.channels)) {
    parts.push(
      `/** Any message on the ${name} channel (${[ch.from].flat().join("/")} to ${ch.to}). */\nexport type ${typeName(name)} = ${ch.messages.join(" | ")}`,
    )
  }
  return parts.join("\n\n") + "\n"
}

export function typeName(channel: string): string {
  return channel[0].toUpperCase() + channel.slice(1)
}

/** An envelope field is Buffer[] whatever its schema says: the codec fills it so. */
function envelopesAsBuffers(
  inlined: MessageSchema,
  m: MessageSchema,
): MessageSchema {
  const properties = { ...inlined.properties }
  for (const f of m["x-frames"]) {
    const field = fieldOf(f)
    if (f.envelope && field)
      properties[field] = { ...properties[field], tsType: "Buffer[]" }
  }
  return { ...inlined, properties }
}

function inlineRefs(
  node: unknown,
  base: string,
  byId: Map<string, unknown>,
): unknown {
  if (Array.isArray(node)) return node.map(n => inlineRefs(n, base, byId))
  if (!node || typeof node !== "object") return node
  const obj = node as Record<string, unknown>
  if (typeof obj.$ref === "string") {
    const id = new URL(obj.$ref, base).href
    const target = byId.get(id)
    if (!target) throw new Error(`${base}: unresolved $ref ${obj.$ref}`)
    const { $id: _id, $schema: _s, ...rest } = target as Record<string, unknown>
    return inlineRefs(rest, id, byId)
  }
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(obj)) {
    if (k === "x-vectors" || k === "x-frames") continue
    out[k] = inlineRefs(v, base, byId)
  }
  return out
}
