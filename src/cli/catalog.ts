import { writeFileSync } from "node:fs"
import { join } from "node:path"
import type { Command } from "commander"
import { packageRoot } from "../package-root"
import { renderCatalog } from "../report/catalog"

export function registerCatalog(program: Command): void {
  program
    .command("catalog")
    .description(
      "render the requirement catalog of specs/ as Markdown (docs/requirements.md)",
    )
    .option(
      "--specs <dir>",
      "folder of protocol specs",
      join(packageRoot, "specs"),
    )
    .option("--out <file>", "write it there instead of printing it")
    .action((o: { specs: string; out?: string }) => {
      const md = renderCatalog(o.specs)
      if (!o.out) return void process.stdout.write(md)
      writeFileSync(o.out, md)
      console.log(`wrote ${o.out}`)
    })
}
