import { defineParameterType } from "@cucumber/cucumber"
import { durationPattern, parseDuration } from "../timing"

defineParameterType({
  name: "duration",
  regexp: durationPattern,
  transformer: (text: string) => parseDuration(text),
})

// A worker's or broker's answer: REPLY in MDP/0.1; PARTIAL and FINAL in MDP/0.2.
defineParameterType({
  name: "answer",
  regexp: /REPLY|PARTIAL|FINAL/,
  transformer: (text: string) => text,
})

// One or more quoted frames: "a", "", "c"
defineParameterType({
  name: "frames",
  regexp: /"(?:[^"\\]|\\.)*"(?:, "(?:[^"\\]|\\.)*")*/,
  transformer: (text: string) =>
    (JSON.parse(`[${text}]`) as string[]).map(s => Buffer.from(s)),
})
