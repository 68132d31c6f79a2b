import { type Command, Option } from "commander"
import type { OptionSchema } from "../harness/module"
import { protocols } from "../protocols/registry"
import { int, intIn } from "./options"

/** The flags every protocol shares; a module's own options arrive in `options`. */
export interface TestFlags {
  protocol?: string
  role?: string
  start?: string
  startTimeoutMs?: number
  tags?: string
  reportDir?: string
  profile?: string
  strict?: boolean
  expect?: string
  reference?: boolean
  fault?: string
  /** CURVE (RFC 26): the IUT's public key file, the suite's own pair, or --curve with --reference. */
  curveServerKey?: string
  curveClientKey?: string
  curve?: boolean
  reruns?: number
  /** Endpoint templates given on the command line, by placeholder. */
  endpoints: Record<string, string>
  /** Module options given on the command line, by kebab-case key. */
  options: Record<string, number | boolean | string>
}

/** Every module option and endpoint placeholder, once, for the flags and --help. */
function declared(): {
  options: Map<string, { schema: OptionSchema; protocols: string[] }>
  placeholders: Map<string, string[]>
} {
  const options = new Map<
    string,
    { schema: OptionSchema; protocols: string[] }
  >()
  const placeholders = new Map<string, string[]>()
  for (const p of protocols()) {
    for (const [key, schema] of Object.entries(p.module.options)) {
      const seen = options.get(key)
      if (seen && seen.schema.type !== schema.type)
        throw new Error(
          `option --${key} is a ${seen.schema.type} in ${seen.protocols[0]} but a ${schema.type} in ${p.name}`,
        )
      if (seen) seen.protocols.push(p.name)
      else options.set(key, { schema, protocols: [p.name] })
    }
    for (const [role, spec] of Object.entries(p.module.roles))
      for (const key of Object.keys(spec.endpoints)) {
        const list = placeholders.get(key) ?? []
        list.push(`${p.name} ${role}`)
        placeholders.set(key, list)
      }
  }
  return { options, placeholders }
}

const camel = (key: string) =>
  key.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())

export function registerTest(program: Command): void {
  const { options, placeholders } = declared()
  const cmd = program
    .command("test")
    .description(
      "run the conformance suite for one protocol role against an implementation under test",
    )
    .option(
      "--protocol <name>",
      `protocol: ${protocols()
        .map(p => p.name)
        .join(", ")}`,
    )
    .option("--role <role>", "role of the implementation under test")
    .option(
      "--start <command>",
      "shell command that starts the IUT; each endpoint placeholder ({endpoint}, {frontend}, …) is filled in, and {port} {host} of the first; workers and clients also get launch values such as {service} {body}",
    )
  for (const [key, users] of placeholders)
    cmd.option(
      `--${key} <endpoint>`,
      `endpoint template for {${key}} (${users.join(", ")}); {port} is a free port picked per scenario, {host} is 127.0.0.1 (0.0.0.0 inside a network namespace); default tcp://{host}:{port}`,
    )
  cmd.addOption(
    new Option(
      "--worker-endpoint <endpoint>",
      "old name of --backend",
    ).hideHelp(),
  )
  for (const [key, { schema, protocols: ps }] of options) {
    const where = ` [${ps.join(", ")}${schema.roles ? ` ${schema.roles.join("/")}` : ""}]`
    if (schema.type === "boolean")
      cmd.option(
        schema.default === true ? `--no-${key}` : `--${key}`,
        schema.description + where,
      )
    else if (schema.type === "integer")
      cmd.option(
        `--${key} <n>`,
        schema.description + where,
        intIn(schema.minimum ?? 0, schema.maximum),
      )
    else cmd.option(`--${key} <value>`, schema.description + where)
  }
  cmd
    .option(
      "--start-timeout-ms <ms>",
      "how long the IUT may take to bind (or, when it connects, to send its first message)",
      int,
    )
    .option(
      "--tags <expression>",
      "Cucumber tag expression, e.g. @MDP-31 or 'not @should'",
    )
    .option(
      "--report-dir <dir>",
      "where results.json, cucumber.html and junit.xml go",
    )
    .option("--profile <file>", "YAML profile of the IUT (flags override it)")
    .option("--strict", "SHOULD failures (non-strict verdicts) fail the run")
    .option(
      "--expect <baseline.json>",
      "pass only if exactly the listed requirements fail",
    )
    .option(
      "--reference",
      "test marque's own reference implementation of the role",
    )
    .option(
      "--reruns <n>",
      "rerun each failed timing-dependent scenario n times and label it flaky or deterministic (the verdict stays the first run's)",
      int,
    )
    .option(
      "--fault <name>",
      "with --reference: turn on one of its fault switches (a self-check of the suite)",
    )
    .option(
      "--curve-server-key <file>",
      "judge the IUT over CURVE (RFC 26): its public key (a <name>.key certificate from marque keygen, or a bare Z85 key); the IUT must allow the suite's key, given as {curve_allow}; runs the @security scenarios",
    )
    .option(
      "--curve-client-key <file>",
      "with --curve-server-key: the suite's own key pair (a secret certificate); default: a pair made for the run, its public certificate in the {curve_allow} directory",
    )
    .option(
      "--curve",
      "with --reference: run marque's peer as a CURVE server with a key pair made for the run",
    )
    .action(async (raw: Record<string, unknown>, c: Command) => {
      const fromCli = (name: string) => c.getOptionValueSource(name) === "cli"
      const flags: TestFlags = {
        ...(raw as Partial<TestFlags>),
        endpoints: {},
        options: {},
      }
      for (const key of placeholders.keys())
        if (fromCli(camel(key)))
          flags.endpoints[key] = raw[camel(key)] as string
      if (fromCli("workerEndpoint"))
        flags.endpoints.backend ??= raw.workerEndpoint as string
      for (const key of options.keys())
        if (fromCli(camel(key)))
          flags.options[key] = raw[camel(key)] as number | boolean | string
      // Loaded on use, so `marque broker` does not pay for Cucumber at start-up.
      const { runTest } = require("./test-run") as typeof import("./test-run")
      process.exitCode = await runTest(flags)
    })
}
