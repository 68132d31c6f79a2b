import type { Command } from "commander"

export function registerCodegen(program: Command): void {
  program
    .command("codegen")
    .description(
      "generate TypeScript types, validators and codecs from specs and schemas",
    )
    .option("--specs <dir>", "folder of protocol specs (*.yaml)", "specs")
    .option(
      "--schemas <dir>",
      "folder of JSON Schemas: one subfolder per protocol, and common/ for shared ones if any",
      "schemas",
    )
    .requiredOption(
      "--out <dir>",
      "output folder; one subfolder per protocol is written",
    )
    .option(
      "--runtime <module>",
      "module the generated code imports the codec runtime from (marque/codec in another project)",
      "../../codec",
    )
    .action(
      async (o: {
        specs: string
        schemas: string
        out: string
        runtime: string
      }) => {
        // json-schema-to-typescript is heavy: load it only for this command.
        const { generate } =
          require("../codegen/generate") as typeof import("../codegen/generate")
        const files = await generate({
          specsDir: o.specs,
          schemasDir: o.schemas,
          outDir: o.out,
          runtime: o.runtime,
        })
        for (const f of files) console.log(`wrote ${f}`)
      },
    )
}
