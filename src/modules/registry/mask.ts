// Masking of identifiers in lists for callers without registry.read_full (Decree 13/2023/NĐ-CP
// art. 26: limit personal data to what the purpose needs). The first and last four characters
// stay, enough to tell people apart on a list: 001123455678 → 0011****5678.
export function maskIdentifier(value: string): string {
  if (value.length <= 8) return '*'.repeat(value.length);
  return `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`;
}
