/*
 * GENERATED from specs/*.yaml and schemas/lazy-pirate/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Lazy Pirate (client-side reliability, Guide pattern): index.ts)
 */
export * from "./codec"
export * as layouts from "./layouts"
export * from "./spec"
export type * from "./types"
export { vectors } from "./vectors"
