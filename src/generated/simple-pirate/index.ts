/*
 * GENERATED from specs/*.yaml and schemas/simple-pirate/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Simple Pirate (queue of REQ workers, Guide pattern): index.ts)
 */
export * from "./codec"
export * as layouts from "./layouts"
export * from "./spec"
export type * from "./types"
export { vectors } from "./vectors"
