/*
 * GENERATED from specs/*.yaml and schemas/mdp-0.2/*.schema.json by `npm run generate`.
 * Edit the spec or schema, not this file. (18/MDP Majordomo Protocol 0.2: validators.d.ts)
 */
import type { Validator } from "../../codec"
export declare const ClientFinal: Validator
export declare const ClientPartial: Validator
export declare const ClientRequest: Validator
export declare const MmiNotImplemented: Validator
export declare const MmiServiceReply: Validator
export declare const MmiServiceRequest: Validator
export declare const WorkerDisconnect: Validator
export declare const WorkerFinal: Validator
export declare const WorkerHeartbeat: Validator
export declare const WorkerPartial: Validator
export declare const WorkerReady: Validator
export declare const WorkerRequest: Validator
