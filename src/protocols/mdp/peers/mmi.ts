import { included } from "../../../generated/mdp-0.1"

const mmi = included.mmi.constants

export type MmiStatus =
  typeof mmi.found | typeof mmi.notFound | typeof mmi.notImplemented

/** 8/MMI: the "mmi." prefix is reserved for services the broker answers itself. */
export function isMmiService(service: string): boolean {
  return service.startsWith(mmi.prefix)
}

export interface MmiPolicy {
  /** Workers registered for a service, idle or busy. */
  readonly workerCount: (service: string) => number
  /** Fault no-mmi: pretend mmi.service is not implemented (breaks MMI-4). */
  readonly notImplemented?: boolean
  /** Fault mmi-always-found: never answer "404" (breaks MMI-6). */
  readonly alwaysFound?: boolean
}

/**
 * The status a management request gets. The request body is one frame naming
 * the service to look up; extra frames are ignored, and a missing one reads
 * as the empty name, which no worker can register.
 */
export function answerMmi(
  service: string,
  body: Buffer[],
  policy: MmiPolicy,
): MmiStatus {
  // MMI-7: anything in the namespace we do not implement gets "501".
  if (service !== "mmi.service" || policy.notImplemented)
    return mmi.notImplemented
  const name = body[0]?.toString("utf8") ?? ""
  // MMI-5/MMI-6: "registered" counts idle and busy workers alike.
  if (policy.alwaysFound || policy.workerCount(name) > 0) return mmi.found
  return mmi.notFound
}
