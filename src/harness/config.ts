import type { DeclaredTiming } from "./timing"

/** What the implementation under test says it does beyond the MUSTs. */
export interface Claims {
  /** Answers 8/MMI management requests. */
  mmi: boolean
  /** Expires queued requests after requestExpiryMs (MDP-15). */
  requestExpiry: boolean
  /** A worker that is busy workerBusyMs with each request, long enough to heartbeat meanwhile. */
  busyWorker: boolean
  /** A client that resends after its timeout and gives up after its retries (MDP-12). */
  retry: boolean
}

/**
 * Everything a conformance run needs, passed to Cucumber as world
 * parameters: plain JSON, so it crosses into the support code unchanged.
 */
export interface SuiteConfig {
  protocol: string
  role: string
  /** Endpoint template, e.g. tcp://{host}:{port} ({host} is 127.0.0.1 but in a namespace), or a literal endpoint. */
  endpoint: string
  /** Where workers connect when the IUT uses a second socket for them. */
  workerEndpoint?: string
  /** Shell command that starts the IUT; absent: it is already running. */
  start?: string
  /** The IUT binds the endpoint (a broker); otherwise the suite binds and the IUT connects. */
  iutBinds: boolean
  startTimeoutMs: number
  timing: DeclaredTiming
  claims: Claims
}
