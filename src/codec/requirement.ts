/** One numbered rule of a protocol, as catalogued in specs/*.yaml. */
export interface Requirement {
  readonly id: string
  readonly level: "must" | "must-not" | "should" | "should-not" | "may"
  readonly roles: readonly string[]
  /** Where the level comes from: an RFC 2119 keyword, a definition, a lower-case word, … */
  readonly source: string
  readonly statement: string
  /** The same rule in an earlier version of the protocol (18/MDP's "= MDP-n"). */
  readonly counterpart?: string
}

/** MUST and MUST NOT decide the exit code; the rest are graded. */
export function isMandatory(r: Pick<Requirement, "level">): boolean {
  return r.level === "must" || r.level === "must-not"
}
