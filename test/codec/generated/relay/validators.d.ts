/*
 * GENERATED from specs/*.yaml and schemas/relay/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Relay test protocol 1: validators.d.ts)
 */
import type { Validator } from "../../../../src/codec"
export declare const Delivery: Validator
export declare const Forward: Validator
export declare const Ping: Validator
export declare const Receipt: Validator
