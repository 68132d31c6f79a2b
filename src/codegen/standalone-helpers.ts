/**
 * ajv's standalone code still calls a few helpers from ajv's own runtime
 * (`require("ajv/dist/runtime/<name>").default`). Generated validators must
 * run in a project that does not depend on ajv, so each helper is written
 * out in the file instead. A helper not listed here makes codegen fail
 * with the schema keyword to avoid, rather than emit code that needs ajv.
 */
const helpers: Record<string, string> = {
  // String length in Unicode code points, as JSON Schema counts it (a
  // surrogate pair is one character).
  ucs2length: `function __ucs2length(s) {
  let n = 0
  for (const _ of s) n++
  return n
}`,
  // Deep equality of JSON values, for const and enum with objects or arrays.
  equal: `function __equal(a, b) {
  if (a === b) return true
  if (!a || !b || typeof a !== "object" || typeof b !== "object") return a !== a && b !== b
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) return a.length === b.length && a.every((v, i) => __equal(v, b[i]))
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  return keys.every(k => Object.prototype.hasOwnProperty.call(b, k) && __equal(a[k], b[k]))
}`,
}

const runtimeRequire = /require\("ajv\/dist\/runtime\/(\w+)"\)\.default/g

/** The standalone code with every ajv runtime helper written out in it. */
export function withoutAjvRuntime(code: string, where: string): string {
  const used = new Set<string>()
  const out = code.replace(runtimeRequire, (_m, name: string) => {
    if (!(name in helpers))
      throw new Error(
        `${where}: the schemas need ajv's runtime helper "${name}" (a format or keyword marque's generated validators do not support)`,
      )
    used.add(name)
    return `__${name}`
  })
  const left = /require\(["'][^"']+["']\)/.exec(out)
  if (left)
    throw new Error(`${where}: generated validators would call ${left[0]}`)
  if (used.size === 0) return out
  const defs = [...used].sort().map(name => helpers[name])
  return out.replace(/^"use strict";\n/, m => `${m}${defs.join("\n")}\n`)
}
