/*
 * GENERATED from specs/*.yaml and schemas/bstar/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Binary Star primary/backup pair: validators.d.ts)
 */
import type { Validator } from "../../codec"
export declare const ClientRequest: Validator
export declare const PeerState: Validator
export declare const ServerReply: Validator
