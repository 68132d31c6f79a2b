/*
 * GENERATED from specs/*.yaml and schemas/ppp/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (6/PPP Paranoid Pirate Protocol: index.ts)
 */
export * from "./codec"
export * as layouts from "./layouts"
export * from "./spec"
export type * from "./types"
export { vectors } from "./vectors"
