/*
 * GENERATED from specs/*.yaml and schemas/lazy-pirate/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Lazy Pirate (client-side reliability, Guide pattern): validators.d.ts)
 */
import type { Validator } from "../../codec"
export declare const Reply: Validator
export declare const Request: Validator
