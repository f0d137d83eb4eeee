// Streaming readers: a CSV or XLSX file as rows of text cells with their line number (the
// CSV line, the Excel row), the header first. Nothing holds more than a chunk of the file.
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../errors.js';
import { CsvSplitter } from './csv.js';
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

export async function* readCsv(source: AsyncIterable<Uint8Array>): AsyncGenerator<RawRow> {
  let splitter: CsvSplitter | null = null;
  for await (const text of decodeUtf8(source)) {
    splitter ??= new CsvSplitter(detectDelimiter(text).charCodeAt(0));
    yield* splitter.push(text);
  }
  if (splitter) yield* splitter.end();
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
