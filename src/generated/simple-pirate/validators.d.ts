/*
 * GENERATED from specs/*.yaml and schemas/simple-pirate/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Simple Pirate (queue of REQ workers, Guide pattern): validators.d.ts)
 */
import type { Validator } from "../../codec"
export declare const ClientReply: Validator
export declare const ClientRequest: Validator
export declare const WorkerReady: Validator
export declare const WorkerReply: Validator
export declare const WorkerRequest: Validator
