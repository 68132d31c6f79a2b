/*
 * GENERATED from specs/*.yaml and schemas/bstar/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Binary Star primary/backup pair: index.ts)
 */
export * from "./codec"
export * as layouts from "./layouts"
export * from "./spec"
export type * from "./types"
export { vectors } from "./vectors"
export * as machine from "./machine"
