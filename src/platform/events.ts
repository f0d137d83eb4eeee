// In-process events inside a transaction: a module publishes a change it has just written, and
// the listeners (kept by another module: derived data such as the coverage facts) run inside
// the same transaction, so the change and what derives from it commit or roll back together.
// Domain-free on purpose: the publisher does not import its listeners (no import cycles).
// Listeners are wired by the composition root (src/app.ts) when it builds the app; with none
// wired, publishing does nothing.
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTrx = Kysely<any>;
export type Listener<P> = (trx: AnyTrx, payload: P) => Promise<void>;

const listeners = new Map<string, Set<Listener<never>>>();

/** Adds a listener to an event name; the same function added twice runs once. Returns an unsubscribe. */
export function subscribe<P>(name: string, listener: Listener<P>): () => void {
  let set = listeners.get(name);
  if (!set) listeners.set(name, (set = new Set()));
  set.add(listener as Listener<never>);
  return () => void set.delete(listener as Listener<never>);
}

/** Runs every listener of `name`, one after the other, in the caller's transaction; a throw aborts it. */
export async function publish<P>(trx: AnyTrx, name: string, payload: P): Promise<void> {
  for (const listener of listeners.get(name) ?? [])
    await (listener as unknown as Listener<P>)(trx, payload);
}
