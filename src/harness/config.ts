import type { SuiteCurve } from "./curve-setup"
import type { OptionValue } from "./module"
import type { DeclaredTiming } from "./timing"

/**
 * Everything a conformance run needs, passed to Cucumber as world
 * parameters: plain JSON, so it crosses into the support code unchanged.
 * Protocol-specific settings are `options` (declared by the protocol module)
 * and the claims the module derives from them.
 */
export interface SuiteConfig {
  protocol: string
  role: string
  /**
   * Endpoint templates by placeholder, e.g. {endpoint: "tcp://{host}:{port}"}
   * ({port} is a free port per placeholder and scenario, {host} 127.0.0.1 or
   * the namespace's address), or literal endpoints of a running IUT. A
   * placeholder the user left out takes its fallback's endpoint, if it has one.
   */
  endpoints: Record<string, string>
  /** Shell command that starts the IUT; absent: it is already running. */
  start?: string
  startTimeoutMs: number
  /** The module's options, resolved: flag, then reference, then profile, then default. */
  options: Record<string, OptionValue>
  /** Claim name -> null when the IUT claims it, else why it does not. */
  claims: Record<string, string | null>
  timing: DeclaredTiming
  /** Judge the IUT over CURVE (RFC 26): keys and the {curve_*} placeholders. */
  curve?: SuiteCurve
}
