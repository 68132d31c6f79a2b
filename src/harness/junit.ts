import type { RequirementResult } from "./verdicts"

const esc = (s: string) =>
  s
    .replace(
      /[<>&"']/g,
      c =>
        ({
          "<": "&lt;",
          ">": "&gt;",
          "&": "&amp;",
          '"': "&quot;",
          "'": "&apos;",
        })[c]!,
    )
    // XML 1.0 forbids most control characters, which transcripts may hold
    // eslint-disable-next-line no-control-regex -- matching them is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "?")

/**
 * JUnit XML with one test case per requirement, so a CI dashboard shows
 * "MDP-31" rather than a scenario name. A non-strict verdict passes, with
 * its detail in system-out; a skip carries its reason.
 */
export function junitXml(
  suite: string,
  results: readonly RequirementResult[],
  seconds: number,
  strict: boolean,
): string {
  const failing = (r: RequirementResult) =>
    r.verdict === "fail" || (strict && r.verdict === "non-strict")
  const failures = results.filter(failing).length
  const skipped = results.filter(r => r.verdict === "skip").length
  const errors = results.filter(r => r.verdict === "error").length
  const cases = results.map(r => {
    const open = `    <testcase classname="${esc(suite)}" name="${esc(`${r.id} ${r.level.toUpperCase()}${r.source === "suite" ? " (suite-defined, not an RFC rule)" : ""}: ${r.statement}`)}">`
    // JUnit's <error> is the harness's failure, apart from the IUT's <failure>s.
    if (r.verdict === "error")
      return `${open}\n      <error message="${esc(r.detail.split("\n")[1] ?? r.detail)}">${esc(r.detail)}</error>\n    </testcase>`
    if (failing(r))
      return `${open}\n      <failure message="${esc(r.detail.split("\n")[0])}">${esc(r.detail)}</failure>\n    </testcase>`
    if (r.verdict === "skip")
      return `${open}\n      <skipped message="${esc(r.detail)}"/>\n    </testcase>`
    if (r.verdict === "non-strict")
      return `${open}\n      <system-out>${esc(`non-strict: ${r.detail}`)}</system-out>\n    </testcase>`
    return `${open}</testcase>`
  })
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites>`,
    `  <testsuite name="${esc(suite)}" tests="${results.length}" failures="${failures}"${errors ? ` errors="${errors}"` : ""} skipped="${skipped}" time="${seconds.toFixed(3)}">`,
    ...cases,
    `  </testsuite>`,
    `</testsuites>`,
    "",
  ].join("\n")
}
