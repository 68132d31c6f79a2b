import type { Command } from "commander"
import { protocols } from "../protocols/registry"

/** `marque protocols`: what the registry holds, for people and for CI scripts. */
export function registerProtocols(program: Command): void {
  program
    .command("protocols")
    .description("list every protocol and role marque can test")
    .option("--pairs", 'one "<protocol> <role>" per line, for scripts')
    .action((o: { pairs?: boolean }) => {
      for (const p of protocols()) {
        const roles = Object.entries(p.module.roles)
        if (o.pairs) {
          for (const [role] of roles) console.log(`${p.name} ${role}`)
          continue
        }
        console.log(`${p.name}  ${p.title}`)
        for (const [role, spec] of roles) {
          const eps = Object.entries(spec.endpoints)
            .map(
              ([k, e]) =>
                `{${k}} (${e.bind === "iut" ? "IUT binds" : "suite binds"})`,
            )
            .join(", ")
          const ref = role in p.module.reference ? ", reference peer" : ""
          console.log(`  ${role.padEnd(8)} ${spec.description}; ${eps}${ref}`)
        }
      }
    })
}
