import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { packageRoot } from "../src/package-root"

/**
 * Reads the .cpuprofile files that node --cpu-prof wrote for the hops and
 * says where the busy time went: by area of the code and by function (self
 * time, idle excluded). One summary per hop, over all its runs.
 */
export interface ProfileSummary {
  readonly hop: string
  readonly files: number
  readonly busyMs: number
  readonly areas: Array<{ area: string; ms: number; percent: number }>
  readonly functions: Array<{
    fn: string
    where: string
    ms: number
    percent: number
  }>
  readonly text: string
}

interface CpuProfile {
  nodes: Array<{
    id: number
    callFrame: { functionName: string; url: string; lineNumber: number }
  }>
  samples: number[]
  timeDeltas: number[]
}

/** Areas in the order they are tested: the first whose pattern matches wins. */
const areas: ReadonlyArray<[string, (url: string, fn: string) => boolean]> = [
  ["gc", (_, fn) => fn === "(garbage collector)"],
  ["native (program)", (_, fn) => fn === "(program)"],
  ["src/protocols/mdp/peers", url => url.includes("/src/protocols/mdp/peers/")],
  ["src/codec", url => url.includes("/src/codec/")],
  [
    "src/generated (codec, ajv validators)",
    url => url.includes("/src/generated/"),
  ],
  ["src/core", url => url.includes("/src/core/")],
  ["bench", url => url.includes("/bench/")],
  ["zeromq.js", url => url.includes("node_modules/zeromq/")],
  [
    "pino",
    url =>
      url.includes("node_modules/pino") ||
      url.includes("node_modules/sonic-boom"),
  ],
  ["other node_modules", url => url.includes("node_modules/")],
  ["node internals", url => url.startsWith("node:") || url === ""],
]

function areaOf(url: string, fn: string): string {
  return areas.find(([, test]) => test(url, fn))?.[0] ?? "other"
}

export function summariseProfiles(dir: string): ProfileSummary[] {
  const files = readdirSync(dir).filter(f => f.endsWith(".cpuprofile"))
  // Files are named <hop>-<load>.cpuprofile by the broker bench.
  const hopOf = (f: string) => f.slice(0, -".cpuprofile".length).split("-")[0]
  const hops = [...new Set(files.map(hopOf))].sort()
  return hops.map(hop =>
    summarise(
      hop,
      files.filter(f => hopOf(f) === hop).map(f => path.join(dir, f)),
    ),
  )
}

function summarise(hop: string, files: string[]): ProfileSummary {
  const byFn = new Map<
    string,
    { fn: string; where: string; area: string; us: number }
  >()
  for (const file of files) {
    const p = JSON.parse(readFileSync(file, "utf8")) as CpuProfile
    const nodes = new Map(p.nodes.map(n => [n.id, n.callFrame]))
    for (let i = 0; i < p.samples.length; i++) {
      const cf = nodes.get(p.samples[i])!
      if (cf.functionName === "(idle)") continue
      const where = cf.url ? `${shortUrl(cf.url)}:${cf.lineNumber + 1}` : ""
      const key = `${cf.functionName}@${where}`
      let entry = byFn.get(key)
      if (!entry)
        byFn.set(
          key,
          (entry = {
            fn: cf.functionName || "(anonymous)",
            where,
            area: areaOf(cf.url, cf.functionName),
            us: 0,
          }),
        )
      entry.us += p.timeDeltas[i] ?? 0
    }
  }
  const entries = [...byFn.values()]
  const busyUs = entries.reduce((s, e) => s + e.us, 0) || 1
  const pct = (us: number) => Math.round((us / busyUs) * 1000) / 10
  const areaUs = new Map<string, number>()
  for (const e of entries) areaUs.set(e.area, (areaUs.get(e.area) ?? 0) + e.us)
  const areaList = [...areaUs]
    .sort((a, b) => b[1] - a[1])
    .map(([area, us]) => ({ area, ms: us / 1000, percent: pct(us) }))
  const functions = entries
    .sort((a, b) => b.us - a.us)
    .slice(0, 15)
    .map(e => ({
      fn: e.fn,
      where: e.where,
      ms: e.us / 1000,
      percent: pct(e.us),
    }))
  const text = [
    `CPU profile of the ${hop} hop (${files.length} runs, ${(busyUs / 1e6).toFixed(1)} s busy; self time)`,
    `  by area: ${areaList.map(a => `${a.area} ${a.percent}%`).join(", ")}`,
    "  top functions:",
    ...functions.map(
      f => `    ${f.percent.toFixed(1).padStart(5)}%  ${f.fn}  ${f.where}`,
    ),
  ].join("\n")
  return {
    hop,
    files: files.length,
    busyMs: busyUs / 1000,
    areas: areaList,
    functions,
    text,
  }
}

function shortUrl(url: string): string {
  const file = url.startsWith("file://") ? url.slice("file://".length) : url
  return file.startsWith(packageRoot) ? path.relative(packageRoot, file) : file
}
