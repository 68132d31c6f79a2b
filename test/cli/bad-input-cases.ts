import { Command, type Option } from "commander"
import { peerCommands } from "../../src/protocols/registry"
import { registerTest } from "../../src/cli/test"
import { roleOptions } from "../../src/harness/options"
import { protocols } from "../../src/protocols/registry"

/**
 * Bad command lines derived from the commander definitions themselves
 * (issue 13, item 4): every option of every reference peer command and of
 * `marque test` gets values of the wrong kind for its type, so an option
 * added tomorrow is covered without a line here.
 */

/** One command line expected to exit 2 with a message matching `says`. */
export interface BadCase {
  name: string
  args: string[]
  says: RegExp
  /** The one line may be followed by detail (the IUT's output, a YAML excerpt). */
  detail?: boolean
}

/** Every leaf command (`broker`, `ppp queue`, `test`, …) with its path. */
export function leafCommands(): Array<{ path: string[]; cmd: Command }> {
  const program = new Command("marque")
  for (const load of peerCommands().values()) load()(program)
  registerTest(program)
  const out: Array<{ path: string[]; cmd: Command }> = []
  const walk = (c: Command, path: string[]) => {
    if (c.commands.length === 0) out.push({ path, cmd: c })
    for (const sub of c.commands) walk(sub, [...path, sub.name()])
  }
  walk(program, [])
  return out
}

const argName = (o: Option) => /<([^>]+)>/.exec(o.flags)?.[1]

/** An option that binds a socket or a listener of its own. */
export const binds = (o: Option) =>
  /^--(bind|frontend|backend|statepub|http)$/.test(o.long ?? "")

/** Whether the option's parser turns a value into a number. */
function numeric(o: Option): boolean {
  for (const v of ["1", "4", "100"])
    try {
      if (typeof o.parseArg?.(v, o.defaultValue) === "number") return true
    } catch {
      // not this value: try the next one
    }
  return false
}

function rejects(o: Option, value: string): boolean {
  try {
    o.parseArg?.(value, o.defaultValue)
    return false
  } catch {
    return true
  }
}

/** A value each mandatory option accepts: the case then fails on its one bad value. */
export function goodValue(o: Option, index: number): string {
  if (o.argChoices) return o.argChoices[0]
  const kind = argName(o)
  if (kind === "endpoint")
    return binds(o) ? "tcp://127.0.0.1:*" : `tcp://127.0.0.1:${101 + index}`
  if (kind === "endpoints") return `tcp://127.0.0.1:${201 + index}`
  if (kind === "host:port") return "127.0.0.1:0"
  if (kind === "name") return "echo"
  if (kind === "dir") return "store"
  return "1"
}

/** The command's path, its mandatory options (all but `skip`) and its required arguments. */
export function baseArgs(
  path: string[],
  cmd: Command,
  skip?: Option,
): string[] {
  const args = [...path]
  cmd.options.forEach((o, i) => {
    if (o.mandatory && o !== skip) args.push(o.long!, goodValue(o, i))
  })
  for (const a of cmd.registeredArguments) if (a.required) args.push("x")
  return [...args, ...(usage[path.join(" ")] ?? [])]
}

/** Commands whose usage needs more than their mandatory options (one of several modes). */
const usage: Record<string, string[]> = {
  "tsp client": ["--service", "echo", "x"],
}

const numbers = ["-1", "abc", "1.5", "", "99999999999999999999", "1e3"]
const endpoints = [
  "nonsense",
  "tcp://127.0.0.1",
  "foo://127.0.0.1:5555",
  "tcp://127.0.0.1:99999",
]

/** Bad values for one option, by its type; `i` rotates through each kind's list. */
function badValues(o: Option, i: number): string[] {
  const kind = argName(o)
  if (!kind) return []
  if (o.argChoices) return ["nonsense"]
  if (o.long === "--fault") return ["nonsense"]
  // One value per option, in turn from its kind's list: the parsers are
  // shared, so every value meets many options and the run stays short.
  const pick = (list: string[]) => [list[i % list.length]]
  if (numeric(o))
    return pick([
      ...numbers,
      // Zero where the option needs at least 1; past the timer limit for a duration.
      ...(rejects(o, "0") ? ["0"] : []),
      ...(kind === "ms" ? [String(2 ** 31)] : []),
    ])
  if (kind === "endpoint") return pick([...endpoints, ""])
  if (kind === "endpoints")
    return pick([
      "tcp://127.0.0.1:7,tcp://127.0.0.1:7",
      "tcp://127.0.0.1:70000",
    ])
  if (kind === "host:port") return pick(["127.0.0.1:70000", ""])
  if (/^file/.test(kind)) return pick(["/nonexistent/marque.key", ""])
  if (kind === "dir" && o.long === "--store") return ["/etc/hostname/x", ""]
  return [""]
}

/** The message must name the option, or quote the value it refused. */
function names(o: Option, value: string): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
  const flag = `${escape(o.long!)}\\b`
  return new RegExp(value.length >= 3 ? `${flag}|${escape(value)}` : flag)
}

/** Every option of every reference peer command, fed bad values. */
export function peerCases(): BadCase[] {
  const out: BadCase[] = []
  let i = 0
  for (const { path, cmd } of leafCommands()) {
    if (path[0] === "test") continue
    for (const o of cmd.options)
      for (const value of badValues(o, i++)) {
        const args = [...baseArgs(path, cmd, o), o.long!, value]
        out.push({
          name: `${path.join(" ")} ${o.long} ${JSON.stringify(value)}`,
          args,
          says: names(o, value),
        })
      }
  }
  return out
}

/** A protocol and role that declare `key` (an option or an endpoint placeholder). */
function ownerOf(key: string): [string, string] | undefined {
  for (const p of protocols())
    for (const [role, spec] of Object.entries(p.module.roles))
      if (key in spec.endpoints || key in roleOptions(p.module, role))
        return [p.name, role]
  return undefined
}

/** Every `marque test` flag, fed bad values, against a role that has it. */
export function testFlagCases(): BadCase[] {
  const test = leafCommands().find(c => c.path[0] === "test")!.cmd
  const out: BadCase[] = []
  let i = 0
  for (const o of test.options) {
    if (o.hidden) continue
    const key = o.long!.slice(2)
    const [protocol, role] = ownerOf(key) ?? ["mdp/0.1", "broker"]
    const base = ["test", "--protocol", protocol, "--role", role, "--reference"]
    // --protocol and --role themselves: the other one stays valid.
    const values =
      key === "protocol" || key === "role"
        ? ["nonsense", ""]
        : badValues(o, i++)
    for (const value of values) {
      const args = [...base, o.long!, value]
      out.push({
        name: `test ${o.long} ${JSON.stringify(value)} (${protocol} ${role})`,
        args,
        says: names(o, value),
      })
    }
  }
  return out
}
