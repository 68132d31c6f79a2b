import { defineParameterType } from "@cucumber/cucumber"

// Binary Star step vocabulary: which server, which state, which rule.
defineParameterType({
  name: "server",
  regexp: /primary|backup/,
  transformer: (s: string) => s,
})

defineParameterType({
  name: "state",
  regexp: /PRIMARY|BACKUP|ACTIVE|PASSIVE/,
  transformer: (s: string) => s,
})

defineParameterType({
  name: "rule",
  regexp: /BSTAR-\d+/,
  transformer: (s: string) => s,
})
