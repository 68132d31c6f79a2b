import { Command } from "commander"
import { registerFlpCli } from "../../src/protocols/flp/cli"

/**
 * The `marque` program with only the FLP commands, as main.ts builds it:
 * lets the CLI tests run before the module registry wires them in.
 */
const program = new Command("marque").exitOverride(err =>
  process.exit(err.exitCode === 0 ? 0 : 2),
)
registerFlpCli(program)
void program.parseAsync(process.argv)
