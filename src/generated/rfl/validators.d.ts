/*
 * GENERATED from specs/*.yaml and schemas/rfl/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (Reliable Freelance (pyzmq seed dialect): validators.d.ts)
 */
import type { Validator } from "../../codec"
export declare const HeartbeatReply: Validator
export declare const Heartbeat: Validator
export declare const Request: Validator
export declare const ResponseError: Validator
export declare const ResponseOkEmpty: Validator
export declare const ResponseOk: Validator
