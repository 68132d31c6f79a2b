import { defineParameterType } from "@cucumber/cucumber"

// A worker's or broker's answer: REPLY in MDP/0.1; PARTIAL and FINAL in MDP/0.2.
defineParameterType({
  name: "answer",
  regexp: /REPLY|PARTIAL|FINAL/,
  transformer: (text: string) => text,
})
