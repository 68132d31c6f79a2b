import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { stringify } from "yaml"
import { roleOptions } from "../../src/harness/options"
import { protocols } from "../../src/protocols/registry"
import type { BadCase } from "./bad-input-cases"

/**
 * Bad profiles (issue 13, item 4): the profile schema is derived from each
 * protocol module's option fragments, so the cases are too: every option
 * a role declares of the wrong type, every integer under its minimum; then
 * the shared keys, an unknown key, and files that are not
 * YAML mappings or cannot be read at all.
 */

/** A value of another JSON type than `type`. */
const wrongType = (type: string): unknown =>
  type === "integer" ? "fast" : type === "boolean" ? "yes" : 5

export function profileCases(dir: string): BadCase[] {
  mkdirSync(dir, { recursive: true })
  const out: BadCase[] = []
  let n = 0
  const write = (content: string) => {
    const file = join(dir, `p${n++}.yaml`)
    writeFileSync(file, content)
    return file
  }
  const add = (
    name: string,
    content: string | Record<string, unknown>,
    says: RegExp,
    detail = false,
  ) => {
    const text = typeof content === "string" ? content : stringify(content)
    out.push({
      name: `profile: ${name}`,
      args: ["test", "--profile", write(text), "--reference"],
      says,
      detail,
    })
  }
  // Per role, one profile with every option of the wrong type and one with
  // every integer under its minimum: the message must name each of them.
  const all = (parts: string[]) =>
    new RegExp(parts.map(p => `(?=.*${p})`).join(""))
  for (const p of protocols())
    for (const role of Object.keys(p.module.roles)) {
      const target = { protocol: p.name, role }
      const options = Object.entries(roleOptions(p.module, role))
      const ints = options.filter(([, o]) => o.type === "integer")
      if (options.length > 0)
        add(
          `${p.name} ${role}: every option of the wrong type`,
          {
            ...target,
            ...Object.fromEntries(
              options.map(([k, o]) => [k, wrongType(o.type)]),
            ),
          },
          all(options.map(([k, o]) => `/${k} must be ${o.type}`)),
        )
      if (ints.length > 0)
        add(
          `${p.name} ${role}: every integer under its minimum (a negative timing)`,
          {
            ...target,
            ...Object.fromEntries(
              ints.map(([k, o]) => [k, (o.minimum ?? 0) - 1]),
            ),
          },
          all(ints.map(([k, o]) => `/${k} must be >= ${o.minimum ?? 0}`)),
        )
      // The endpoint check is shared: once per protocol is enough.
      if (role !== Object.keys(p.module.roles)[0]) continue
      const [placeholder] = Object.keys(p.module.roles[role].endpoints)
      add(
        `${p.name} ${role} {${placeholder}} malformed`,
        { ...target, [placeholder]: "tcp://127.0.0.1" },
        new RegExp(
          `profile \\S+: ${placeholder} tcp://127\\.0\\.0\\.1: a tcp endpoint`,
        ),
      )
    }
  const broker = { protocol: "mdp/0.1", role: "broker" }
  add("an unknown key", { ...broker, flavour: "mint" }, /flavour/)
  add("an unknown protocol", { protocol: "smoke", role: "x" }, /smoke/)
  add("an unknown role", { ...broker, role: "janitor" }, /janitor/)
  add(
    "a negative start-timeout-ms",
    { ...broker, "start-timeout-ms": -5 },
    /start-timeout-ms must be >= 1/,
  )
  add("an empty start", { ...broker, start: "" }, /start must NOT have fewer/)
  add(
    "an empty curve-server-key",
    { ...broker, "curve-server-key": "" },
    /curve-server-key/,
  )
  add("invalid YAML", "protocol: [mdp/0.1\n", /p\d+\.yaml/, true)
  add("a list, not a mapping", "- protocol\n- broker\n", /must be a mapping/)
  out.push(
    {
      name: "profile: a missing file",
      args: ["test", "--profile", join(dir, "none.yaml"), "--reference"],
      says: /none\.yaml.*(ENOENT|no such file)/,
    },
    {
      name: "profile: a directory",
      args: ["test", "--profile", dir, "--reference"],
      says: /EISDIR/,
    },
  )
  return out
}
