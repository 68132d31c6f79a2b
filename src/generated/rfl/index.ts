/*
 * GENERATED from specs/*.yaml and schemas/rfl/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Reliable Freelance (pyzmq seed dialect): index.ts)
 */
export * from "./codec"
export * as layouts from "./layouts"
export * from "./spec"
export type * from "./types"
export { vectors } from "./vectors"
