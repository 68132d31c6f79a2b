/*
 * GENERATED from specs/*.yaml and schemas/flp/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (10/FLP Freelance Protocol: index.ts)
 */
export * from "./codec"
export * as layouts from "./layouts"
export * from "./spec"
export type * from "./types"
export { vectors } from "./vectors"
