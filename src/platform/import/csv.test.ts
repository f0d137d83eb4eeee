import { describe, expect, it } from 'vitest';
import { CsvSplitter, type CsvRecord } from './csv.js';

function split(text: string, chunk: number): CsvRecord[] {
  const s = new CsvSplitter(44);
  const out: CsvRecord[] = [];
  for (let i = 0; i < text.length; i += chunk) out.push(...s.push(text.slice(i, i + chunk)));
  return [...out, ...s.end()];
}

const TRICKY = 'a,b,c\r\n"x, ""y""",,"multi\nline"\n\nlast,"",z\r\nq\rr,s,t';

describe('CSV splitter', () => {
  it('reads quotes, escaped quotes, empty fields, line breaks in fields, LF and CRLF', () => {
    expect(split(TRICKY, TRICKY.length)).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['x, "y"', '', 'multi\nline'] },
      { line: 4, cells: [''] },
      { line: 5, cells: ['last', '', 'z'] },
      { line: 6, cells: ['q\rr', 's', 't'] },
    ]);
  });

  it('gives the same records however the text is cut into chunks', () => {
    const whole = split(TRICKY, TRICKY.length);
    for (let chunk = 1; chunk < TRICKY.length; chunk++) expect(split(TRICKY, chunk)).toEqual(whole);
  });

  it('refuses an unclosed quote, naming the line', () => {
    expect(() => split('a\n"b\nc', 3)).toThrow(
      expect.objectContaining({ code: 'IMPORT_CSV_SYNTAX', details: { line: 2 } }),
    );
  });
});
