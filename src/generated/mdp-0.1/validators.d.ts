/*
 * GENERATED from specs/*.yaml and schemas/mdp-0.1/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (7/MDP Majordomo Protocol 0.1: validators.d.ts)
 */
import type { Validator } from "../../codec"
export declare const ClientReply: Validator
export declare const ClientRequest: Validator
export declare const MmiNotImplemented: Validator
export declare const MmiServiceReply: Validator
export declare const MmiServiceRequest: Validator
export declare const WorkerDisconnect: Validator
export declare const WorkerHeartbeat: Validator
export declare const WorkerReady: Validator
export declare const WorkerReply: Validator
export declare const WorkerRequest: Validator
