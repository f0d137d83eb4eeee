// Streaming readers: a CSV or XLSX file as rows of text cells with their line number (the
// CSV line, the Excel row), the header first. Nothing holds more than a chunk of the file.
import { pipeline, Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { AppError } from '../errors.js';
import { decodeUtf8 } from './encoding.js';
import { importErrors } from './import.errors.js';

export type FileFormat = 'csv' | 'xlsx';

export interface RawRow {
  line: number;
  cells: string[];
}

/** Comma unless the header line uses semicolons or tabs (Excel in some locales). */
export function detectDelimiter(firstText: string): string {
  const header = firstText.split('\n', 1)[0] ?? '';
  const count = (c: string) => header.split(c).length - 1;
  const best = [',', ';', '\t'].sort((a, b) => count(b) - count(a))[0]!;
  return count(best) > 0 ? best : ',';
}

async function* withFirstChunk(source: AsyncIterable<string>, onFirst: (text: string) => void) {
  let first = true;
  for await (const text of source) {
    if (first) onFirst(text);
    first = false;
    yield text;
  }
}

export async function* readCsv(source: AsyncIterable<Uint8Array>): AsyncGenerator<RawRow> {
  let delimiter = ',';
  const text = withFirstChunk(decodeUtf8(source), (t) => (delimiter = detectDelimiter(t)));
  // the parser starts only once the first chunk (and with it the delimiter) is known
  const iterator = text[Symbol.asyncIterator]();
  const head = await iterator.next();
  if (head.done) return;
  async function* all() {
    yield head.value as string;
    for (let next = await iterator.next(); !next.done; next = await iterator.next())
      yield next.value;
  }
  // csv-parse's `info` would give line numbers at twice the cost: count them here instead (a
  // record spans one line plus the line breaks inside its quoted fields)
  const parser = parse({
    delimiter,
    record_delimiter: ['\r\n', '\n'],
    relax_column_count: true,
    skip_empty_lines: false,
  });
  // pipeline, not pipe: a read error reaches the parser's reader, and stopping early (a header
  // error) ends the text generator instead of leaving an unhandled stream error behind
  pipeline(Readable.from(all()), parser, () => {});
  let line = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      line++;
      const first = line;
      for (const cell of record) if (cell.includes('\n')) line += cell.split('\n').length - 1;
      yield { line: first, cells: record };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const lines = (error as { lines?: number }).lines ?? 0;
    throw importErrors.csvSyntax(lines, (error as Error).message);
  }
}

/** An Excel cell as text; date cells as the civil date they show, with no time-zone shift. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  // exceljs reads a date cell as the UTC instant of its wall-clock value
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown };
  if (v.richText) return v.richText.map((r) => r.text).join('');
  if ('result' in v) return cellText(v.result);
  if ('text' in v) return cellText(v.text);
  return '';
}

export async function* readXlsx(source: Readable): AsyncGenerator<RawRow> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    sharedStrings: 'cache',
    styles: 'cache', // needed to tell date cells from numbers
    hyperlinks: 'ignore',
    worksheets: 'emit',
  });
  try {
    for await (const sheet of workbook) {
      for await (const row of sheet as unknown as AsyncIterable<ExcelJS.Row>) {
        const values = row.values as unknown[];
        yield { line: row.number, cells: Array.from(values.slice(1), cellText) };
      }
      return; // the first worksheet only
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw importErrors.notXlsx();
  } finally {
    source.destroy();
  }
}

export function readRows(source: Readable, format: FileFormat): AsyncGenerator<RawRow> {
  return format === 'xlsx' ? readXlsx(source) : readCsv(source);
}
