import { Command } from "commander"
import { registerCatalog } from "./catalog"
import { registerCodegen } from "./codegen"
import { registerDiff } from "./diff"
import { registerInit } from "./init"
import { registerMatrix } from "./matrix"
import { registerPeers } from "./peers"
import { registerProtocols } from "./protocols"
import { registerReplay } from "./replay"
import { registerReport } from "./report"
import { registerSelfcheck } from "./selfcheck"
import { registerTest } from "./test"

const program = new Command("marque")
  .description(
    "conformance suite and reference peers for ZeroMQ's reliable request-reply protocols",
  )
  .showHelpAfterError("(add --help for the options)")
  // Set before the subcommands are added, so they inherit it: bad arguments exit 2.
  .exitOverride(err => process.exit(err.exitCode === 0 ? 0 : 2))

registerTest(program)
registerCodegen(program)
registerProtocols(program)
registerPeers(program)
registerReport(program)
registerDiff(program)
registerMatrix(program)
registerInit(program)
registerReplay(program)
registerCatalog(program)
registerSelfcheck(program)

program.parseAsync(process.argv).catch((err: Error) => {
  // Usage, profile and IUT-start errors are the caller's to fix: exit 2.
  console.error(`marque: ${err.message}`)
  process.exit(2)
})
