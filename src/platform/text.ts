// Vietnamese text helpers that know no domain: search keys without diacritics.

/** Lower-case, diacritics removed, đ → d, spaces collapsed: "Tỉnh Hải Dương" → "tinh hai duong". */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Escapes LIKE wildcards so user input matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
