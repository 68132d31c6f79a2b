import { InvalidArgumentError } from "commander"
import { endpoint } from "../../mdp/cli/options"

/** `--servers a,b,c`: one or more ZeroMQ endpoints, no repeats. */
export function endpointList(value: string): string[] {
  const list = value.split(",").map(s => s.trim())
  for (const e of list) endpoint(e)
  if (new Set(list).size !== list.length)
    throw new InvalidArgumentError(`an endpoint is listed twice in "${value}"`)
  return list
}
