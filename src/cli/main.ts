import { Command } from "commander"
import { registerCodegen } from "./codegen"
import { registerTest } from "./test"

const program = new Command("marque")
  .description("conformance suite and reference peers for ZeroMQ's reliable request-reply protocols")
  .showHelpAfterError()
registerCodegen(program)
registerTest(program)
;(require("./peers") as typeof import("./peers")).registerPeers(program)

program.exitOverride(err => {
  process.exit(err.exitCode === 0 ? 0 : 2)
})
program.parseAsync(process.argv).catch((err: Error) => {
  // Usage, profile and IUT-start errors are the caller's to fix: exit 2.
  console.error(`marque: ${err.message}`)
  process.exit(2)
})
