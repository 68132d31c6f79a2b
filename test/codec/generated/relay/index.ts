/*
 * GENERATED from specs/*.yaml and schemas/relay/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Relay test protocol 1: index.ts)
 */
export * from "./codec"
export * as layouts from "./layouts"
export * from "./spec"
export type * from "./types"
export { vectors } from "./vectors"
