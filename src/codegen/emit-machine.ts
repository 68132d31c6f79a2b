import type { LoadedProtocol } from "./load"

/**
 * A protocol's finite-state machine, written in its spec as data (Binary
 * Star's §12.3 table), emitted as one typed constant table that the
 * reference peers and the suite both read. Nothing here interprets the
 * table: the generator only checks it is whole, so a hole or a typo in the
 * spec fails `npm run generate` instead of surfacing as a peer that does
 * nothing on some event.
 */
export interface MachineSpec {
  states: Record<string, { value: number; description: string }>
  events: Record<string, { value: number; peer?: string; description: string }>
  guards: Record<string, string>
  actions: Record<string, string>
  initial: Record<string, string>
  transitions: Record<string, Record<string, BranchSpec[]>>
}

export interface BranchSpec {
  when?: string
  to?: string
  do?: string
  error?: string
  rule: string
}

/** machine.ts for a spec with a `machine`, else undefined (nothing to write). */
export function emitMachine(p: LoadedProtocol): string | undefined {
  const m = p.spec.machine as MachineSpec | undefined
  if (!m) return undefined
  checkMachine(p, m)
  const names = (o: object) =>
    Object.keys(o)
      .map(k => JSON.stringify(k))
      .join(" | ")
  const json = (v: unknown) => JSON.stringify(v, null, 2)
  const peerEvents = Object.fromEntries(
    Object.entries(m.events)
      .filter(([, e]) => e.peer)
      .map(([name, e]) => [String(m.states[e.peer!].value), name]),
  )
  return [
    `export type StateName = ${names(m.states)}`,
    `export type EventName = ${names(m.events)}`,
    `export type GuardName = ${names(m.guards)}`,
    `export type ActionName = ${names(m.actions)}`,
    "",
    `/** One way a state meets an event: taken when \`when\` holds (or always, without it). */`,
    `export interface Branch {`,
    `  readonly when?: GuardName`,
    `  /** The next state; absent, the state is unchanged. */`,
    `  readonly to?: StateName`,
    `  readonly do?: ActionName`,
    `  /** What a fatal action reports. */`,
    `  readonly error?: string`,
    `  /** The requirement this cell of the table is. */`,
    `  readonly rule: string`,
    `}`,
    "",
    `export const states: Readonly<Record<StateName, { readonly value: number; readonly description: string }>> = ${json(m.states)}`,
    "",
    `export const events: Readonly<Record<EventName, { readonly value: number; readonly peer?: StateName; readonly description: string }>> = ${json(m.events)}`,
    "",
    `export const guards: Readonly<Record<GuardName, string>> = ${json(m.guards)}`,
    "",
    `export const actions: Readonly<Record<ActionName, string>> = ${json(m.actions)}`,
    "",
    `/** The first state of each configured role. */`,
    `export const initial = ${json(m.initial)} as const satisfies Readonly<Record<string, StateName>>`,
    "",
    `/** The event a peer's published state value (as sent on the wire) stands for. */`,
    `export const peerEvents: Readonly<Record<string, EventName>> = ${json(peerEvents)}`,
    "",
    `/** state -> event -> branches, tried in order; the last has no \`when\`. */`,
    `export const transitions: Readonly<Record<StateName, Readonly<Record<EventName, readonly Branch[]>>>> = ${json(m.transitions)}`,
    "",
  ].join("\n")
}

/** Every state meets every event; every branch names known things; none is unreachable. */
function checkMachine(p: LoadedProtocol, m: MachineSpec): void {
  const where = `${p.spec.protocol}: machine`
  const ids = new Set(p.spec.requirements.map(r => r.id))
  const fail = (msg: string) => {
    throw new Error(`${where}: ${msg}`)
  }
  for (const part of ["states", "events", "guards", "actions"] as const)
    if (!m[part] || !Object.keys(m[part]).length) fail(`needs ${part}`)
  for (const [name, e] of Object.entries(m.events))
    if (e.peer && !(e.peer in m.states))
      fail(`event ${name} names unknown peer state ${e.peer}`)
  for (const [role, s] of Object.entries(m.initial ?? {}))
    if (!(s in m.states)) fail(`initial.${role} is unknown state ${s}`)
  for (const state of Object.keys(m.states)) {
    const row = m.transitions?.[state]
    if (!row) fail(`no transitions for state ${state}`)
    for (const event of Object.keys(m.events)) {
      const cell = `${state} + ${event}`
      const branches = row[event]
      if (!Array.isArray(branches) || !branches.length)
        fail(`${cell} is missing (write every cell, "stay" included)`)
      branches.forEach((b, i) => {
        const last = i === branches.length - 1
        if (last === (b.when !== undefined))
          fail(`${cell}: only the last branch may (and must) have no "when"`)
        if (b.when !== undefined && !(b.when in m.guards))
          fail(`${cell}: unknown guard ${b.when}`)
        if (b.to !== undefined && !(b.to in m.states))
          fail(`${cell}: unknown state ${b.to}`)
        if (b.do !== undefined && !(b.do in m.actions))
          fail(`${cell}: unknown action ${b.do}`)
        if (!ids.has(b.rule)) fail(`${cell}: unknown requirement ${b.rule}`)
      })
    }
    for (const event of Object.keys(row))
      if (!(event in m.events)) fail(`${state}: unknown event ${event}`)
  }
  for (const state of Object.keys(m.transitions))
    if (!(state in m.states)) fail(`transitions for unknown state ${state}`)
}
