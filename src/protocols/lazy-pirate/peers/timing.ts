/** The Guide's lpclient numbers (specs/lazy-pirate.yaml `timing`). */
export const lazyPirateTiming = {
  clientTimeoutMs: 2500,
  clientRetries: 3,
} as const
