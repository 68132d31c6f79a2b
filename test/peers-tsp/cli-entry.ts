import { Command } from "commander"
import { registerTspCli } from "../../src/protocols/tsp/cli"

/**
 * `marque tsp …` as its own program, so the tests can run the Titanic peers
 * as child processes (and kill -9 them) whatever else bin/marque.js holds.
 */
const program = new Command("marque")
  .showHelpAfterError("(add --help for the options)")
  .exitOverride(err => process.exit(err.exitCode === 0 ? 0 : 2))
registerTspCli(program)
program.parseAsync(process.argv).catch((err: Error) => {
  console.error(`marque: ${err.message}`)
  process.exit(2)
})
