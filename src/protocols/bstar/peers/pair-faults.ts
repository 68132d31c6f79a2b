import {
  decide,
  type EventName,
  type Facts,
  type Outcome,
  type StateName,
} from "../machine"
import type { PairFault } from "./faults"

/**
 * The pair's fault switches, kept apart from the server so that it reads
 * as the table and nothing else. With no fault on, decide() is the
 * generated table's and the other hooks do nothing.
 */
export class PairFaults {
  /** stale-vote: a request was dropped in PASSIVE and is remembered. */
  private vote = false

  constructor(private readonly on: ReadonlySet<PairFault>) {}

  /** no-state breaks BSTAR-4. */
  get silent(): boolean {
    return this.on.has("no-state")
  }

  decide(from: StateName, event: EventName, facts: Facts): Outcome {
    const outcome = decide(from, event, facts)
    const stay = { from, event, to: from, rule: outcome.rule }
    // ignore-peer-state breaks BSTAR-8 and BSTAR-9: no PEER_* event applies.
    if (this.on.has("ignore-peer-state") && event !== "CLIENT_REQUEST")
      return stay
    // survive-dual-active breaks BSTAR-16.
    if (this.on.has("survive-dual-active") && outcome.error === "dual actives")
      return stay
    // primary-returns-active breaks BSTAR-8: PRIMARY + PEER_ACTIVE goes ACTIVE.
    if (
      this.on.has("primary-returns-active") &&
      from === "PRIMARY" &&
      event === "PEER_ACTIVE"
    )
      return { ...stay, to: "ACTIVE" }
    return outcome
  }

  /** A request was dropped in this state. */
  dropped(state: StateName): void {
    if (state === "PASSIVE" && this.on.has("stale-vote")) this.vote = true
  }

  /** reject-with-reply breaks BSTAR-20: the reply a rejected request gets. */
  refusal(): Buffer[] | undefined {
    return this.on.has("reject-with-reply")
      ? [Buffer.from("not active")]
      : undefined
  }

  /**
   * takeover-without-request and stale-vote break BSTAR-21: a passive
   * server goes active on its peer's silence alone. Returns the rule broken
   * when it does.
   */
  takeover(state: StateName, peerDead: boolean): string | undefined {
    if (state !== "PASSIVE" || !peerDead) return undefined
    if (this.on.has("takeover-without-request") || this.vote) return "BSTAR-21"
    return undefined
  }
}
