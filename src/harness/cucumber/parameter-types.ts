import { defineParameterType } from "@cucumber/cucumber"
import { durationPattern, parseDuration } from "../timing"

defineParameterType({
  name: "duration",
  regexp: durationPattern,
  transformer: (text: string) => parseDuration(text),
})

// One or more quoted frames: "a", "", "c"
defineParameterType({
  name: "frames",
  regexp: /"(?:[^"\\]|\\.)*"(?:, "(?:[^"\\]|\\.)*")*/,
  transformer: (text: string) =>
    (JSON.parse(`[${text}]`) as string[]).map(s => Buffer.from(s)),
})
