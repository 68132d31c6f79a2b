/*
 * GENERATED from specs/*.yaml and schemas/tsp/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (9/TSP Titanic Service Protocol: validators.d.ts)
 */
import type { Validator } from "../../codec"
export declare const CloseQuery: Validator
export declare const CloseReply: Validator
export declare const ReplyFound: Validator
export declare const ReplyQuery: Validator
export declare const ReplyStatus: Validator
export declare const RequestAccepted: Validator
export declare const RequestBody: Validator
export declare const RequestRefused: Validator
