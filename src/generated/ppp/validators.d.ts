/*
 * GENERATED from specs/*.yaml and schemas/ppp/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (6/PPP Paranoid Pirate Protocol: validators.d.ts)
 */
import type { Validator } from "../../codec"
export declare const Heartbeat: Validator
export declare const Ready: Validator
export declare const Reply: Validator
export declare const Request: Validator
