import { resolve } from "node:path"

/** The package root: features/, bin/ and the compiled code live under it. */
export const packageRoot = resolve(__dirname, "../..")
