import { generatedSpec } from "../harness/protocol"

/** A heading of the spec and the requirement IDs under it, in spec order. */
export interface Section {
  title: string
  ids: readonly string[]
}

interface WithSections {
  title?: string
  sections?: readonly Section[]
}

/**
 * The spec's own sections, from `sections:` in specs/<p>.yaml and in the specs
 * it includes (8/MMI), each titled with its spec. Empty when the protocol has
 * none (or is unknown here): the report then groups by ID prefix.
 */
export function specSections(protocol: string): Section[] {
  let gen: ReturnType<typeof generatedSpec>
  try {
    gen = generatedSpec(protocol)
  } catch {
    return []
  }
  const g = gen as unknown as {
    spec: WithSections
    included?: Record<string, WithSections>
  }
  const specs = [g.spec, ...Object.values(g.included ?? {})]
  return specs.flatMap(s =>
    (s.sections ?? []).map(x => ({
      title: `${shortTitle(s.title)}: ${x.title}`,
      ids: x.ids,
    })),
  )
}

/** "7/MDP Majordomo Protocol 0.1" -> "7/MDP". */
function shortTitle(title: string | undefined): string {
  return title?.split(" ")[0] ?? "spec"
}

/**
 * Orders requirements under their sections. IDs no section names go under
 * one group per ID prefix, so nothing is ever left out of the report.
 */
export function groupBySection<T extends { id: string }>(
  items: readonly T[],
  sections: readonly Section[],
): { title: string; items: T[] }[] {
  const byId = new Map(items.map(i => [i.id, i]))
  const placed = new Set<string>()
  const out: { title: string; items: T[] }[] = []
  for (const s of sections) {
    const got = s.ids.flatMap(id => {
      const item = byId.get(id)
      if (!item || placed.has(id)) return []
      placed.add(id)
      return [item]
    })
    if (got.length) out.push({ title: s.title, items: got })
  }
  const rest = new Map<string, T[]>()
  for (const i of items) {
    if (placed.has(i.id)) continue
    const prefix = i.id.replace(/-[A-Z]?\d+$/, "")
    rest.set(prefix, [...(rest.get(prefix) ?? []), i])
  }
  for (const [prefix, got] of rest)
    out.push({
      title: sections.length ? `${prefix}: other` : prefix,
      items: got,
    })
  return out
}
