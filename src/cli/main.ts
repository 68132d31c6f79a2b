import { Command } from "commander"
import { checkParsedOptions } from "./checks"
import { peerCommands } from "../protocols/registry"

type Registrar = (program: Command) => void

// The suite's own commands, each loaded only when it runs or --help lists
// them: a reference peer started for every scenario should not pay for
// loading the report, codegen and cucumber code at each start.
const core: Record<string, () => Registrar> = {
  test: () => (require("./test") as typeof import("./test")).registerTest,
  codegen: () =>
    (require("./codegen") as typeof import("./codegen")).registerCodegen,
  protocols: () =>
    (require("./protocols") as typeof import("./protocols")).registerProtocols,
  report: () =>
    (require("./report") as typeof import("./report")).registerReport,
  diff: () => (require("./diff") as typeof import("./diff")).registerDiff,
  matrix: () =>
    (require("./matrix") as typeof import("./matrix")).registerMatrix,
  init: () => (require("./init") as typeof import("./init")).registerInit,
  replay: () =>
    (require("./replay") as typeof import("./replay")).registerReplay,
  catalog: () =>
    (require("./catalog") as typeof import("./catalog")).registerCatalog,
  selfcheck: () =>
    (require("./selfcheck") as typeof import("./selfcheck")).registerSelfcheck,
  keygen: () =>
    (require("./keygen") as typeof import("./keygen")).registerKeygen,
}

const program = new Command("marque")
  .description(
    "conformance suite and reference peers for ZeroMQ's reliable request-reply protocols",
  )
  .showHelpAfterError("(add --help for the options)")
  // Set before the subcommands are added, so they inherit it: bad arguments exit 2.
  .exitOverride(err => process.exit(err.exitCode === 0 ? 0 : 2))
  // Runs before every command's action, subcommands included.
  .hook("preAction", (_root, action) => checkParsedOptions(action))

const wanted = process.argv[2]
const peers = peerCommands()
const one =
  wanted === undefined
    ? undefined
    : Object.hasOwn(core, wanted)
      ? core[wanted]
      : peers.get(wanted)
if (one) one()(program)
else {
  // --help, no command or an unknown one: every command, so the listing or
  // commander's "unknown command" message is complete.
  for (const load of [...Object.values(core), ...peers.values()])
    load()(program)
}

program.parseAsync(process.argv).catch((err: Error) => {
  // Usage, profile and IUT-start errors are the caller's to fix: exit 2.
  console.error(`marque: ${err.message}`)
  process.exit(2)
})
