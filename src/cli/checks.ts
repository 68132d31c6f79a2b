import type { Command } from "commander"
import { isLiteralEndpoint } from "../core/endpoint"

/**
 * Checks every command makes on its parsed options before it acts, so a
 * new option is covered without code of its own (issue 13, item 4):
 * - a value given as an empty string ("--store ''", a variable that was
 *   not set) is refused, where it would otherwise read as "not given" and
 *   quietly change what runs (plaintext instead of CURVE, say);
 * - two endpoint options with the same endpoint: a socket cannot bind
 *   where another one of the same process is bound, and a peer told to
 *   connect to itself is a typo. A wildcard port (`:*`, `:0`) is a new
 *   port for each bind, so it may repeat.
 * Failing here names the option and exits 2, like commander's own errors.
 */
export function checkParsedOptions(cmd: Command): void {
  const seen = new Map<string, string>()
  const endpoints = cmd.name() !== "test"
  for (const o of cmd.options) {
    const key = o.attributeName()
    if (cmd.getOptionValueSource(key) !== "cli") continue
    const value: unknown = cmd.getOptionValue(key)
    const values = Array.isArray(value) ? (value as unknown[]) : [value]
    if (values.some(v => typeof v === "string" && v.trim() === ""))
      cmd.error(`error: option '${o.flags}' argument is empty`, {
        exitCode: 2,
        code: "marque.emptyOption",
      })
    // --identity names the bound socket on purpose (FLP-10); `marque test`
    // takes templates for an IUT, which may serve two on one socket (its
    // own check, cli/test-checks.ts, covers the sockets the suite binds).
    if (!endpoints || !/<endpoints?>/.test(o.flags)) continue
    if (o.long === "--identity") continue
    for (const v of values.flatMap(v =>
      typeof v === "string" ? v.split(",") : Array.isArray(v) ? v : [],
    )) {
      const endpoint = String(v)
      if (!isLiteralEndpoint(endpoint)) continue
      const other = seen.get(endpoint)
      if (other)
        cmd.error(
          `error: ${other === o.long ? `${o.long} is given ${endpoint} twice` : `${o.long} and ${other} are both ${endpoint}`}: each socket needs its own endpoint`,
          { exitCode: 2, code: "marque.sameEndpoint" },
        )
      seen.set(endpoint, o.long!)
    }
  }
}
