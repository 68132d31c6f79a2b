import { machine } from "../../generated/bstar"

/**
 * Reads the generated Binary Star transition table (specs/bstar.yaml,
 * `machine`). The reference pair runs its events through decide(); the
 * suite uses the same function to say what a conforming server does next,
 * so the two can never disagree about the table.
 */

export type StateName = machine.StateName
export type EventName = machine.EventName
export type ActionName = machine.ActionName
export type Role = keyof typeof machine.initial

export const roles = Object.keys(machine.initial) as Role[]

/** What one event does to one state. */
export interface Outcome {
  readonly from: StateName
  readonly event: EventName
  /** The state after the event (the same one when the cell says "stay"). */
  readonly to: StateName
  readonly action?: ActionName
  /** What a fatal action reports ("dual actives"). */
  readonly error?: string
  /** The requirement that cell of the table is. */
  readonly rule: string
}

/** Facts the guards read, e.g. whether the peer is dead (BSTAR-5). */
export type Facts = Readonly<Record<machine.GuardName, boolean>>

/** The first branch of the cell whose guard holds; the last one always does. */
export function decide(
  from: StateName,
  event: EventName,
  facts: Facts,
): Outcome {
  const branches = machine.transitions[from][event]
  const b = branches.find(x => x.when === undefined || facts[x.when])!
  return {
    from,
    event,
    to: b.to ?? from,
    action: b.do,
    error: b.error,
    rule: b.rule,
  }
}

/** BSTAR-7: the state a server configured as `role` starts in. */
export function initialState(role: Role): StateName {
  return machine.initial[role]
}

/** BSTAR-3: a state as it goes on the wire ("1" to "4"). */
export function wireValue(state: StateName): "1" | "2" | "3" | "4" {
  return String(machine.states[state].value) as "1" | "2" | "3" | "4"
}

/** The state a wire value stands for, or undefined for anything else. */
export function stateOfWire(value: string): StateName | undefined {
  const event = machine.peerEvents[value]
  return event ? machine.events[event].peer : undefined
}

/** A peer's published state applied as an event (§12.2: same value). */
export function peerEvent(peerState: StateName): EventName {
  return machine.peerEvents[wireValue(peerState)]
}

/** Whether a state answers client requests with the peer alive. */
export function serves(state: StateName): boolean {
  return decide(state, "CLIENT_REQUEST", { peerDead: false }).action === "serve"
}
