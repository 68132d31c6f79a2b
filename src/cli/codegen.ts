import type { Command } from "commander"
import { defaultRuntime, generate } from "../codegen/generate"

export function registerCodegen(program: Command): void {
  program
    .command("codegen")
    .description("generate TypeScript types, ajv validators and codecs from specs and schemas")
    .option("--specs <dir>", "folder of protocol specs (*.yaml)", "specs")
    .option("--schemas <dir>", "folder of JSON Schemas, one subfolder per protocol plus common/", "schemas")
    .requiredOption("--out <dir>", "output folder; one subfolder per protocol is written")
    .option("--runtime <module>", "module the generated code imports the codec runtime from", defaultRuntime)
    .action(async (o: { specs: string; schemas: string; out: string; runtime: string }) => {
      const files = await generate({ specsDir: o.specs, schemasDir: o.schemas, outDir: o.out, runtime: o.runtime })
      for (const f of files) console.log(`wrote ${f}`)
    })
}
