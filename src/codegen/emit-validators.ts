import Ajv2020 from "ajv/dist/2020"
import standaloneCode from "ajv/dist/standalone"
import type { LoadedProtocol } from "./load"
import { addMarqueKeywords } from "./keywords"
import { withoutAjvRuntime } from "./standalone-helpers"

/**
 * ajv standalone validators, one export per message type (CommonJS), with
 * no import of ajv: the generated code runs where ajv is not installed.
 */
export function emitValidators(
  p: LoadedProtocol,
  runtime: string,
): { js: string; dts: string } {
  const ajv = new Ajv2020({
    code: { source: true, lines: true },
    strict: true,
    allErrors: false,
  })
  addMarqueKeywords(ajv)
  for (const s of p.common) ajv.addSchema(s)
  const exports: Record<string, string> = {}
  for (const m of p.messages) {
    ajv.addSchema(m)
    exports[m.title] = m.$id
  }
  const js = withoutAjvRuntime(standaloneCode(ajv, exports), p.spec.protocol)
  const dts = [
    `import type { Validator } from "${runtime}"`,
    ...p.messages.map(m => `export declare const ${m.title}: Validator`),
  ].join("\n")
  return { js, dts: dts + "\n" }
}
