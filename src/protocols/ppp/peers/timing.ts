/** The Guide's ppqueue.c / ppworker.c numbers (specs/ppp.yaml `timing`). */
export const pppTiming = {
  heartbeatIntervalMs: 1000,
  heartbeatLiveness: 3,
  reconnectInitialMs: 1000,
  reconnectMaxMs: 32000,
} as const
