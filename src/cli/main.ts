import { Command } from "commander"
import { registerCodegen } from "./codegen"

const program = new Command("marque")
  .description("conformance suite and reference peers for ZeroMQ's reliable request-reply protocols")
  .showHelpAfterError()
registerCodegen(program)

program.exitOverride(err => {
  process.exit(err.exitCode === 0 ? 0 : 2)
})
program.parseAsync(process.argv).catch((err: Error) => {
  console.error(`marque: ${err.message}`)
  process.exit(2)
})
