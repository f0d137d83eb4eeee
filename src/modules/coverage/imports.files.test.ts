// Reading target files: an XLSX workbook built with exceljs reads back with spreadsheet row
// numbers, percent-formatted cells as percents and formulas as their results; CSV bytes go
// through the platform's checks (UTF-8, byte-order mark).
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../../platform/errors.js';
import { isPercentFormat, parseTargetFile } from './imports.files.js';

const HEADER = [
  'locality_kind',
  'locality',
  'scheme',
  'measure',
  'year',
  'target_percent',
  'denominator_kind',
  'source',
];

async function workbook(build: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  build(book.addWorksheet('Chỉ tiêu'));
  book.addWorksheet('Ghi chú').addRow(['not read']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function refusal(data: Buffer, format: 'csv' | 'xlsx') {
  try {
    await parseTargetFile(data, format);
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected a refusal');
}

describe('parseTargetFile (xlsx)', () => {
  it('reads the first sheet, numbering rows as the spreadsheet does', async () => {
    const data = await workbook((sheet) => {
      sheet.addRow(HEADER);
      sheet.getRow(3).values = [
        'province',
        '31',
        'HI',
        'coverage_rate',
        2026,
        95.5,
        'population',
        'NQ 1',
      ];
      sheet.getRow(4).values = [
        'province',
        '31',
        'UI',
        'participants',
        2026,
        250000,
        'group',
        'NQ 1',
      ];
    });
    const { rows, errors } = await parseTargetFile(data, 'xlsx');
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.line, r.scheme, r.year, r.value])).toEqual([
      [3, 'HI', 2026, '95.5'],
      [4, 'UI', 2026, '250000'],
    ]);
  });

  it('reads a percent-formatted rate as the percent it shows, and a formula by its result', async () => {
    const data = await workbook((sheet) => {
      sheet.addRow(HEADER);
      const row = sheet.addRow([
        'province',
        '31',
        'HI',
        'coverage_rate',
        2026,
        0.9515,
        'population',
        's',
      ]);
      row.getCell(6).numFmt = '0.00%';
      const sum = sheet.addRow([
        'province',
        '31',
        'SI',
        'coverage_rate',
        2026,
        null,
        'population',
        's',
      ]);
      sum.getCell(6).value = { formula: '40+2.5', result: 42.5 };
    });
    const { rows } = await parseTargetFile(data, 'xlsx');
    expect(rows.map((r) => r.value)).toEqual(['95.15', '42.5']);
  });

  it('names a bad row by its spreadsheet row', async () => {
    const data = await workbook((sheet) => {
      sheet.addRow(HEADER);
      sheet.addRow(['province', '31', 'HI', 'coverage_rate', 2026, 120, 'population', 's']);
    });
    const { errors } = await parseTargetFile(data, 'xlsx');
    expect(errors).toMatchObject([{ line: 2, field: 'target_percent' }]);
  });

  it('refuses bytes that are not a workbook, and an empty body', async () => {
    expect((await refusal(Buffer.from('a,b\n1,2\n'), 'xlsx')).code).toBe('IMPORT_XLSX_INVALID');
    expect((await refusal(Buffer.alloc(0), 'csv')).code).toBe('IMPORT_FILE_EMPTY');
  });
});

describe('parseTargetFile (csv)', () => {
  it('refuses text that is not UTF-8, as the registry import does', async () => {
    const latin = Buffer.concat([Buffer.from(`${HEADER.join(',')}\n`), Buffer.from([0xd0, 0x41])]);
    expect((await refusal(latin, 'csv')).code).toBe('IMPORT_ENCODING_NOT_UTF8');
  });
});

describe('isPercentFormat', () => {
  it('tells a scaling % from a quoted or escaped one', () => {
    expect([isPercentFormat('0.00%'), isPercentFormat('0"%"'), isPercentFormat('0\\%')]).toEqual([
      true,
      false,
      false,
    ]);
    expect(isPercentFormat(undefined)).toBe(false);
  });
});
