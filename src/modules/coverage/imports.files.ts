// A target file as the import's rows: CSV through the platform's reader (UTF-8 checked, byte-order
// mark dropped, comma, semicolon or tab), XLSX through exceljs: the first worksheet, each row
// numbered as the spreadsheet numbers it. Unlike the registry's streaming reader this one reads
// the number format of the cells, so a rate typed as "95,15%" (stored 0.9515, shown as percent)
// imports as 95.15, not 0.9515: a target file is small, it is read whole.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { importErrors } from '../../platform/import/import.errors.js';
import { cellText, readCsv, type FileFormat, type RawRow } from '../../platform/import/readers.js';
import { syntaxError, targetRows, type ParsedTargets } from './imports.rules.js';

/** True when an Excel number format scales by 100: a % outside quotes and escapes. */
export function isPercentFormat(numFmt: string | undefined): boolean {
  return /%/.test((numFmt ?? '').replace(/"[^"]*"/g, '').replace(/\\./g, ''));
}

/** A number cell as plain decimal text, without the binary noise of 0.9515 × 100. */
const numberText = (n: number) => String(Number(n.toPrecision(15)));

export function xlsxCellText(cell: ExcelJS.Cell): string {
  const v = cell.value as unknown;
  const result = v !== null && typeof v === 'object' && 'result' in v ? v.result : v;
  if (typeof result !== 'number') return cellText(v);
  return numberText(isPercentFormat(cell.numFmt) ? result * 100 : result);
}

export async function xlsxRows(data: Buffer): Promise<RawRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw importErrors.notXlsx();
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw importErrors.notXlsx();
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let i = 1; i <= row.cellCount; i++) cells.push(xlsxCellText(row.getCell(i)));
    rows.push({ line, cells });
  });
  return rows;
}

async function csvRows(data: Buffer): Promise<RawRow[]> {
  const rows: RawRow[] = [];
  for await (const row of readCsv(Readable.from([data]))) rows.push(row);
  return rows;
}

/** The checked rows of an uploaded file; encoding and workbook refusals are thrown. */
export async function parseTargetFile(data: Buffer, format: FileFormat): Promise<ParsedTargets> {
  if (data.length === 0) throw importErrors.empty();
  if (format === 'xlsx') return targetRows(await xlsxRows(data));
  try {
    return targetRows(await csvRows(data));
  } catch (error) {
    return syntaxError(error);
  }
}
