import type { BrokerResults, ConfigResult } from "./broker"
import { type HopName, hopNames } from "./hops"
import { count, micros, ratio, table, twoDecimals } from "./table"

/** The broker bench's tables, as `npm run bench` prints them. */
export function printBroker(r: BrokerResults): string {
  const py = !r.pythonSkipped
  const rows = (f: (c: ConfigResult) => string[]) =>
    r.configs.map(c => [c.label, ...f(c)])
  const rate = (c: ConfigResult, h: HopName) => {
    const x = c.runs[h]?.reqPerSec
    return x === undefined ? "skipped" : count(x)
  }
  const rt = r.workerRoundTrip
  const out = [
    `Broker, MDP/0.1 echo (N clients x W in flight, M workers, body size; ` +
      `${r.warmupMs} ms warm-up, ${r.measureMs} ms measured)`,
    "  limit = zero-logic forwarder, pipelines every request into the workers",
    "  fair  = one-in-flight forwarder, one request per worker at a time (MDP-48)",
    table(
      [
        "load",
        "marque req/s",
        "limit req/s",
        "fair req/s",
        "python req/s",
        "marque/limit",
        "marque/fair",
        "python/limit",
        "python/fair",
        "lost",
      ],
      rows(c => [
        rate(c, "marque"),
        rate(c, "forwarder"),
        rate(c, "fair"),
        rate(c, "python"),
        twoDecimals(c.ratios.marqueToForwarder),
        twoDecimals(c.ratios.marqueToFair),
        py ? twoDecimals(c.ratios.pythonToForwarder) : "-",
        py ? twoDecimals(c.ratios.pythonToFair) : "-",
        String(hopNames.reduce((n, h) => n + (c.runs[h]?.lost ?? 0), 0)),
      ]),
    ),
  ]
  if (rt)
    out.push(
      `One MDP worker's round trip alone (10 B, its ROUTER in a process of its own): ` +
        `${count(rt.perSec)}/s, p50 ${micros(rt.p50Us)} µs; ` +
        `the fair limit at M1 should come close to it`,
    )
  out.push(
    "",
    "Round trip, µs: p50 / p99",
    table(
      ["load", ...hopNames],
      rows(c =>
        hopNames.map(h => {
          const x = c.runs[h]
          return x ? `${micros(x.p50Us)} / ${micros(x.p99Us)}` : "skipped"
        }),
      ),
    ),
    "",
    "CPU of the hop process per request, µs (all its threads; its CPU % in brackets), and of the load generator",
    table(
      [
        "load",
        ...hopNames,
        "cost marque/limit",
        "cost marque/fair",
        "load gen cpu%",
      ],
      rows(c => [
        ...hopNames.map(h => {
          const x = c.runs[h]
          if (!x) return "skipped"
          const pct =
            x.hopCpuPercent === undefined
              ? ""
              : ` (${x.hopCpuPercent.toFixed(0)}%)`
          return `${micros(x.hopCpuUsPerReq)}${pct}`
        }),
        ratio(c.runs.marque?.hopCpuUsPerReq, c.runs.forwarder?.hopCpuUsPerReq),
        ratio(c.runs.marque?.hopCpuUsPerReq, c.runs.fair?.hopCpuUsPerReq),
        (c.runs.marque?.loadCpuPercent ?? 0).toFixed(0),
      ]),
    ),
  )
  if (r.pythonSkipped) out.push(`python broker skipped: ${r.pythonSkipped}`)
  for (const p of r.profiles ?? []) out.push("", p.text)
  return out.join("\n")
}
