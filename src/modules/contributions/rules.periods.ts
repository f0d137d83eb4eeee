// Holes in a rule's validity: between the first row of a key and its last, every day must be
// covered, or a calculation for a day in the hole would find no rule. (Overlaps are refused by
// the tables' exclusion constraints.) Before the first row and after an ended last row are not
// holes: a rule starts somewhere, and may end.

export interface Period {
  from: string;
  /** exclusive; null = open */
  to: string | null;
}

export function holes(periods: readonly Period[]): Period[] {
  const sorted = [...periods].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const found: Period[] = [];
  let reach: string | null = sorted[0]?.to ?? null;
  for (const p of sorted.slice(1)) {
    if (reach === null) return found; // an open row covers everything after it
    if (reach < p.from) found.push({ from: reach, to: p.from });
    if (p.to === null || p.to > reach) reach = p.to;
  }
  return found;
}

/** Holes after a change that are not inside a hole that was already there (narrowing is fine). */
export function newHoles(before: readonly Period[], after: readonly Period[]): Period[] {
  const old = holes(before);
  const inside = (h: Period) =>
    old.some((o) => o.from <= h.from && h.to !== null && o.to !== null && h.to <= o.to);
  return holes(after).filter((h) => !inside(h));
}
