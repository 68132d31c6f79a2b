// Malformed messages derived from the schemas, for the conformance suite and the fuzzer alike.
export * from "./enumerate"
export * from "./ops"
export * from "./wire"
export * from "./scenario-cases"
