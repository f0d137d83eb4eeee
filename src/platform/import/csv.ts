// A streaming CSV splitter (RFC 4180: quoted fields with "" escapes and line breaks; records end
// with LF or CRLF) that numbers each record with the line it starts on. csv-parse spent half of
// an import's JavaScript time; this scans each character once and slices fields out of the text.
import { importErrors } from './import.errors.js';

const QUOTE = 34;
const LF = 10;
const CR = 13;

export interface CsvRecord {
  line: number;
  cells: string[];
}

export class CsvSplitter {
  private rest = '';
  /** the line the next record starts on */
  private line = 1;

  constructor(private readonly delimiter: number) {}

  /** Records completed by this chunk of text; a record cut by the chunk's end waits for more. */
  push(text: string): CsvRecord[] {
    const buf = this.rest + text;
    const out: CsvRecord[] = [];
    let start = 0;
    for (;;) {
      const end = this.record(buf, start, false, out);
      if (end < 0) break;
      start = end;
    }
    this.rest = buf.slice(start);
    return out;
  }

  /** The last record, if the text does not end with a line break. */
  end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    if (this.rest.length > 0) this.record(this.rest, 0, true, out);
    this.rest = '';
    return out;
  }

  /** Reads one record from `start`; returns where the next begins, or -1 if it is cut short. */
  private record(buf: string, start: number, final: boolean, out: CsvRecord[]): number {
    const cells: string[] = [];
    let breaks = 0;
    let i = start;
    for (;;) {
      let value: string;
      if (buf.charCodeAt(i) === QUOTE) {
        let close = i + 1;
        for (;;) {
          close = buf.indexOf('"', close);
          if (close < 0 || (close + 1 >= buf.length && !final)) {
            if (final) throw importErrors.csvSyntax(this.line, 'a quoted field is never closed');
            return -1;
          }
          if (buf.charCodeAt(close + 1) !== QUOTE) break;
          close += 2;
        }
        value = buf.slice(i + 1, close).replaceAll('""', '"');
        for (let n = value.indexOf('\n'); n >= 0; n = value.indexOf('\n', n + 1)) breaks++;
        i = close + 1;
        const c = buf.charCodeAt(i);
        const lineEnd =
          c === LF || (c === CR && (buf.charCodeAt(i + 1) === LF || i + 1 >= buf.length));
        if (i < buf.length && c !== this.delimiter && !lineEnd)
          throw importErrors.csvSyntax(this.line + breaks, 'text after a closing quote');
      } else {
        let j = i;
        while (j < buf.length) {
          const c = buf.charCodeAt(j);
          if (c === this.delimiter || c === LF || (c === CR && buf.charCodeAt(j + 1) === LF)) break;
          if (c === CR && j + 1 >= buf.length && !final) return -1;
          j++;
        }
        value = buf.slice(i, j);
        i = j;
      }
      cells.push(value);
      if (i >= buf.length) {
        if (!final) return -1;
        break;
      }
      const c = buf.charCodeAt(i);
      if (c === this.delimiter) {
        i++;
        continue;
      }
      if (c === CR) {
        if (i + 1 >= buf.length && !final) return -1;
        i++;
      }
      i++; // the LF
      break;
    }
    out.push({ line: this.line, cells });
    this.line += 1 + breaks;
    return i;
  }
}
