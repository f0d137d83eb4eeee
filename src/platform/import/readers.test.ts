import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../errors.js';
import { readRows, type FileFormat, type RawRow } from './readers.js';

async function rows(bytes: Uint8Array | string, format: FileFormat = 'csv') {
  const out: RawRow[] = [];
  const data = typeof bytes === 'string' ? Buffer.from(bytes) : Buffer.from(bytes);
  for await (const row of readRows(Readable.from([data]), format)) out.push(row);
  return out;
}

async function refusal(bytes: Uint8Array | string, format: FileFormat = 'csv') {
  try {
    await rows(bytes, format);
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected a refusal');
}

describe('CSV reader', () => {
  it('drops a UTF-8 byte-order mark and numbers lines, counting line breaks inside quotes', async () => {
    const text = '\uFEFFnational_id,full_name\n001,"Nguyễn\nVăn A"\n\n002,Lê Thị B\r\n';
    expect(await rows(text)).toEqual([
      { line: 1, cells: ['national_id', 'full_name'] },
      { line: 2, cells: ['001', 'Nguyễn\nVăn A'] },
      { line: 4, cells: [''] },
      { line: 5, cells: ['002', 'Lê Thị B'] },
    ]);
  });

  it('reads semicolon-separated files (Excel in some locales)', async () => {
    expect((await rows('a;b\n1;2\n'))[1]).toEqual({ line: 2, cells: ['1', '2'] });
  });

  it('refuses UTF-16 with the way to save the file', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,b\n', 'utf16le')]);
    const error = await refusal(utf16);
    expect(error.code).toBe('IMPORT_ENCODING_UTF16');
    expect(error.messageVi).toContain('CSV UTF-8');
  });

  it('refuses Windows-1258 text naming the line of the first bad byte', async () => {
    const latin = Buffer.concat([
      Buffer.from('a,b\n1,2\n3,'),
      Buffer.from([0xd0, 0x20, 0x41]),
      Buffer.from('\n'),
    ]);
    const error = await refusal(latin);
    expect(error.code).toBe('IMPORT_ENCODING_NOT_UTF8');
    expect(error.details).toEqual({ line: 3, byte: 11 });
  });

  it('reports an unclosed quote as a syntax error', async () => {
    expect((await refusal('a,b\n"1,2\n')).code).toBe('IMPORT_CSV_SYNTAX');
  });
});

describe('XLSX reader', () => {
  it('reads date cells as the civil date shown, whatever the time zone', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['birth_date', 'national_id', 'note']);
    sheet.addRow([
      new Date(Date.UTC(2000, 0, 1)),
      '001200000001',
      { richText: [{ text: 'a' }, { text: 'b' }] },
    ]);
    sheet.getCell('A2').numFmt = 'dd/mm/yyyy';
    sheet.addRow([45123, 1200000001, { formula: '1+1', result: 2 }]);
    const buffer = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await rows(buffer, 'xlsx')).toEqual([
      { line: 1, cells: ['birth_date', 'national_id', 'note'] },
      { line: 2, cells: ['2000-01-01', '001200000001', 'ab'] },
      { line: 3, cells: ['45123', '1200000001', '2'] },
    ]);
  });

  it('refuses a file that is not a workbook', async () => {
    expect((await refusal('a,b\n1,2\n', 'xlsx')).code).toBe('IMPORT_XLSX_INVALID');
  });
});
