/*
 * GENERATED from specs/*.yaml and schemas/flp/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (10/FLP Freelance Protocol: validators.d.ts)
 */
import type { Validator } from "../../codec"
export declare const ClientPing: Validator
export declare const ClientRequest: Validator
export declare const ServerPong: Validator
export declare const ServerReply: Validator
