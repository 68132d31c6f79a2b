import { execFile } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { packageRoot } from "../package-root"
import { protocols } from "../protocols/registry"

/** One check of one fault switch: the scenarios `tags` selects must blame exactly `expected`. */
export interface KillCheck {
  protocol: string
  role: string
  fault: string
  tags?: string
  /** More `marque test` flags (FaultCheck.args). */
  args?: readonly string[]
  expected: string[]
}

export interface KillResult extends KillCheck {
  /** Requirements that came out fail or non-strict. */
  caught: string[]
  /** Listed but not caught, and caught but not listed. */
  missed: string[]
  extra: string[]
  /** Why the run could not judge (exit 2, no results). */
  error?: string
  ok: boolean
}

/** Every fault check the registry declares, narrowed by protocol, role and fault name. */
export function killChecks(
  filter: { protocol?: string; role?: string; fault?: string } = {},
): KillCheck[] {
  return protocols()
    .filter(p => !filter.protocol || p.name === filter.protocol)
    .flatMap(({ name, module }) =>
      Object.entries(module.faults(name))
        .filter(([role]) => !filter.role || role === filter.role)
        .flatMap(([role, faults]) =>
          Object.entries(faults)
            .filter(([fault]) => !filter.fault || fault === filter.fault)
            .flatMap(([fault, info]) =>
              (info.checks ?? [{ blamed: info.violates }]).map(c => ({
                protocol: name,
                role,
                fault,
                tags: c.tags,
                ...(c.args ? { args: c.args } : {}),
                expected: [...new Set(c.blamed)].sort(),
              })),
            ),
        ),
    )
}

/** Runs `marque test --reference --fault` for one check, in its own process. */
export function runKillCheck(
  c: KillCheck,
  timeoutMs = 600_000,
): Promise<KillResult> {
  const dir = mkdtempSync(join(tmpdir(), "marque-selfcheck-"))
  const args = [
    join(packageRoot, "bin/marque.js"),
    "test",
    "--protocol",
    c.protocol,
    "--role",
    c.role,
    "--reference",
    "--fault",
    c.fault,
    "--report-dir",
    dir,
    ...(c.tags ? ["--tags", c.tags] : []),
    ...(c.args ?? []),
  ]
  return new Promise(done => {
    execFile(
      process.execPath,
      args,
      { timeout: timeoutMs, maxBuffer: 16 << 20 },
      (err, _out, stderr) => {
        let caught: string[] | undefined
        try {
          const r = JSON.parse(
            readFileSync(join(dir, "results.json"), "utf8"),
          ) as { requirements: { id: string; verdict: string }[] }
          caught = r.requirements
            .filter(q => q.verdict === "fail" || q.verdict === "non-strict")
            .map(q => q.id)
            .sort()
        } catch {
          // no results.json: the run could not judge
        }
        rmSync(dir, { recursive: true, force: true })
        const code = err && typeof err.code === "number" ? err.code : 0
        const error =
          caught === undefined || code === 2
            ? `the run could not judge (exit ${err?.code ?? 0}): ${stderr.trim().split("\n").slice(-3).join(" / ")}`
            : undefined
        const got = caught ?? []
        const missed = c.expected.filter(id => !got.includes(id))
        const extra = got.filter(id => !c.expected.includes(id))
        done({
          ...c,
          caught: got,
          missed,
          extra,
          error,
          ok: !error && !missed.length && !extra.length,
        })
      },
    )
  })
}

/** Runs the checks, `concurrency` at a time, reporting each as it ends. */
export async function selfcheck(
  checks: readonly KillCheck[],
  concurrency: number,
  onResult: (r: KillResult) => void = () => {},
): Promise<KillResult[]> {
  const out: KillResult[] = new Array<KillResult>(checks.length)
  let next = 0
  const worker = async () => {
    while (next < checks.length) {
      const i = next++
      out[i] = await runKillCheck(checks[i])
      onResult(out[i])
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker))
  return out
}

/** The kill matrix: fault x requirements it should break and the ones that caught it. */
export function killMatrix(results: readonly KillResult[]): string {
  const rows = results.map(r => [
    r.ok ? "ok" : r.error ? "ERROR" : "WRONG",
    `${r.protocol} ${r.role}`,
    r.fault + (r.tags ? ` [${r.tags}]` : ""),
    r.expected.join(" "),
    r.error ??
      [
        r.caught.join(" ") || "(nothing)",
        r.missed.length ? `missed ${r.missed.join(" ")}` : "",
        r.extra.length ? `not listed ${r.extra.join(" ")}` : "",
      ]
        .filter(Boolean)
        .join("; "),
  ])
  const head = ["", "protocol role", "fault", "must break", "caught"]
  const w = head.map((h, i) =>
    Math.max(h.length, ...rows.map(r => r[i].length)),
  )
  return [head, ...rows]
    .map(r => r.map((x, i) => (i < 4 ? x.padEnd(w[i]) : x)).join("  "))
    .join("\n")
}
