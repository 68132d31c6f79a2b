import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { emitCodec, emitLayouts } from "./emit-codec"
import { emitMachine } from "./emit-machine"
import { emitSpec, emitVectors } from "./emit-spec"
import { emitTypes } from "./emit-types"
import { emitValidators } from "./emit-validators"
import { loadProtocols, type LoadedProtocol } from "./load"

export interface GenerateOptions {
  specsDir: string
  schemasDir: string
  outDir: string
  /** Module the generated code imports its runtime from. */
  runtime?: string
}

/** Where generated code finds src/codec when written to src/generated/<protocol>/. */
export const defaultRuntime = "../../codec"

/**
 * The pipeline: load specs and schemas, then emit each artefact. Output is a
 * pure function of the inputs, so running it twice yields no diff.
 */
export async function generate(opts: GenerateOptions): Promise<string[]> {
  const runtime = opts.runtime ?? defaultRuntime
  const written: string[] = []
  for (const p of loadProtocols(opts.specsDir, opts.schemasDir)) {
    const dir = join(opts.outDir, p.spec.schemas)
    mkdirSync(dir, { recursive: true })
    for (const [name, text] of Object.entries(await render(p, runtime))) {
      const path = join(dir, name)
      writeFileSync(path, banner(p, name) + text)
      written.push(path)
    }
  }
  return written
}

async function render(
  p: LoadedProtocol,
  runtime: string,
): Promise<Record<string, string>> {
  const validators = emitValidators(p, runtime)
  const machine = emitMachine(p)
  return {
    "types.ts": await emitTypes(p),
    "validators.js": validators.js,
    "validators.d.ts": validators.dts,
    "layouts.ts": emitLayouts(p, runtime),
    "codec.ts": emitCodec(p, runtime),
    "spec.ts": emitSpec(p, runtime),
    "vectors.ts": emitVectors(p, runtime),
    ...(machine ? { "machine.ts": machine } : {}),
    "index.ts": [
      `export * from "./codec"`,
      `export * as layouts from "./layouts"`,
      `export * from "./spec"`,
      `export type * from "./types"`,
      `export { vectors } from "./vectors"`,
      ...(machine ? [`export * as machine from "./machine"`] : []),
      "",
    ].join("\n"),
  }
}

function banner(p: LoadedProtocol, file: string): string {
  const lines = [
    `GENERATED from specs/*.yaml and schemas/${p.spec.schemas}/*.schema.json by \`npm run generate\`.`,
    `Edit the spec or schema, not this file. (${p.spec.title}: ${file})`,
  ]
  const body = lines.map(l => ` * ${l}`).join("\n")
  const head = `/*\n${body}\n */\n`
  return file.endsWith(".js") ? `/* eslint-disable */\n${head}` : head
}
