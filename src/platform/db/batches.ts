// Large writes go in batches: one statement holds at most 65,535 parameters, and PGlite keeps
// a whole statement's input in memory.
export const BATCH_ROWS = 1000;

export function batches<T>(items: T[], size = BATCH_ROWS): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
