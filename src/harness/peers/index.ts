// Frame-exact peers on every socket shape, for any protocol's suite drivers.
export * from "./raw-peer"
export * from "./shapes"
