// One value representation for both engines: civil dates stay 'YYYY-MM-DD' strings (no
// time-zone drift), int8 becomes a JS number (money in VND and counts fit in 2^53; anything
// larger is a bug, so it throws), numeric stays a string so shares and rates keep exactness.

export const OID_INT8 = 20;
export const OID_DATE = 1082;

export function parseInt8(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`int8 value ${value} exceeds the safe integer range`);
  }
  return n;
}

export function parseDate(value: string): string {
  return value;
}
