import type { BrokerResults, ConfigResult } from "./broker"
import { type HopName, hopNames } from "./hops"
import { count, micros, table, twoDecimals } from "./table"

/** Column names of the hops, as the tables print them. */
const title: Record<HopName, string> = {
  marque: "marque",
  python: "python",
  forwarder: "js raw",
  fair: "js fair",
  native: "C raw",
  "native-fair": "C fair",
}

/** The broker bench's tables, as `npm run bench` prints them. */
export function printBroker(r: BrokerResults): string {
  const ran = hopNames.filter(h => r.configs.some(c => c.runs[h]))
  const rows = (f: (c: ConfigResult) => string[]) =>
    r.configs.map(c => [c.label, ...f(c)])
  const each = (f: (c: ConfigResult, h: HopName) => string) =>
    rows(c => ran.map(h => (c.runs[h] ? f(c, h) : "skipped")))
  const rt = r.workerRoundTrip
  const out = [
    `Broker, MDP/0.1 echo (N clients x W in flight, M workers, body size; ` +
      `${r.warmupMs} ms warm-up, ${r.measureMs} ms measured; every hop in the same run)`,
    "  python = the independent Python broker (test/peers/mdp_broker.py)",
    "  raw    = zero-logic ROUTER<->ROUTER forwarder, pipelines every request into the workers",
    "  fair   = one-in-flight forwarder, one request per worker at a time (MDP-48)",
    "  js = Node.js with zeromq.js (bench/*.ts), C = C with libzmq (bench/native/hops.c)",
    "",
    "Requests/s",
    table(
      [
        "load",
        ...ran.map(h => title[h]),
        "marque/C fair",
        "marque/python",
        "lost",
      ],
      rows(c => [
        ...ran.map(h => {
          const x = c.runs[h]?.reqPerSec
          return x === undefined ? "skipped" : count(x)
        }),
        twoDecimals(c.ratios.marqueToNativeFair),
        twoDecimals(c.ratios.marqueToPython),
        String(ran.reduce((n, h) => n + (c.runs[h]?.lost ?? 0), 0)),
      ]),
    ),
  ]
  if (rt)
    out.push(
      `One MDP worker's round trip alone (10 B, its ROUTER in a process of its own): ` +
        `${count(rt.perSec)}/s, p50 ${micros(rt.p50Us)} µs; ` +
        `a fair limit at M1 should come close to it`,
    )
  out.push(
    "",
    "Round trip, µs: p50 / p99",
    table(
      ["load", ...ran.map(h => title[h])],
      each((c, h) => {
        const x = c.runs[h]!
        return `${micros(x.p50Us)} / ${micros(x.p99Us)}`
      }),
    ),
    "",
    "CPU seconds of the hop process per 10k requests (all its threads; its CPU % in brackets)",
    table(
      ["load", ...ran.map(h => title[h]), "load gen cpu%"],
      rows(c => [
        ...ran.map(h => {
          const x = c.runs[h]
          if (!x) return "skipped"
          const pct =
            x.hopCpuPercent === undefined
              ? ""
              : ` (${x.hopCpuPercent.toFixed(0)}%)`
          const s = x.hopCpuSecPer10k
          return `${s === undefined ? "-" : s.toFixed(2)}${pct}`
        }),
        (c.runs.marque?.loadCpuPercent ?? 0).toFixed(0),
      ]),
    ),
  )
  if (r.pythonSkipped) out.push(`python broker skipped: ${r.pythonSkipped}`)
  if (r.nativeSkipped) out.push(`native limits skipped: ${r.nativeSkipped}`)
  for (const p of r.profiles ?? []) out.push("", p.text)
  return out.join("\n")
}
