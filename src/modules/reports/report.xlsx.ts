// The report as an XLSX workbook in the national/provincial form: a summary sheet by scheme,
// one sheet per scheme by child locality, and the monthly trend. Figures are written as the
// values the system computed (no formulas), with '#,##0' for persons and '0.00' for rates
// (Excel shows the separators of the reader's locale: 1.234.567 and 94,97 in Vietnamese).
import ExcelJS from 'exceljs';
import type { ColumnKind, Table } from './layout.cells.js';
import {
  childrenHeading,
  childTable,
  headingLines,
  REPORT_TITLE,
  sourceNotes,
  summaryTable,
  trendTable,
} from './layout.rules.js';
import type { ReportData } from './report.types.js';
import { SCHEME_NAMES } from './schemes.js';

const FORMATS: Record<ColumnKind, string | undefined> = {
  text: undefined,
  int: '0',
  count: '#,##0',
  rate: '0.00',
};
const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFDDEBF7' },
};
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** Title, heading lines and a subtitle, merged across the table's width. */
function writeHeading(sheet: ExcelJS.Worksheet, lines: string[], width: number) {
  lines.forEach((text, i) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, width);
    row.getCell(1).alignment = { horizontal: i === 0 ? 'center' : 'left' };
    if (i === 0) row.font = { bold: true, size: 14 };
  });
  sheet.addRow([]);
}

/** The table under the heading, its header row frozen. */
function writeTable(sheet: ExcelJS.Worksheet, table: Table) {
  const header = sheet.addRow(table.columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  header.height = 45;
  table.columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
    const cell = header.getCell(i + 1);
    cell.fill = HEADER_FILL;
    cell.border = THIN;
  });
  for (const values of table.rows) {
    const row = sheet.addRow(values);
    table.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.border = THIN;
      const format = FORMATS[c.kind];
      if (format && typeof values[i] === 'number') cell.numFmt = format;
      if (c.kind !== 'text') cell.alignment = { horizontal: 'right' };
    });
  }
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: header.number }];
  sheet.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToHeight: 0 };
}

function sheetWith(book: ExcelJS.Workbook, name: string, heading: string[], table: Table) {
  const sheet = book.addWorksheet(name);
  writeHeading(sheet, heading, table.columns.length);
  writeTable(sheet, table);
  return sheet;
}

export async function reportWorkbook(data: ReportData): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'ansinh';
  const heading = [REPORT_TITLE, ...headingLines(data)];
  const summary = sheetWith(book, 'Tổng hợp', heading, summaryTable(data));
  summary.addRow([]);
  summary.addRow(['Ghi chú:']).font = { italic: true };
  for (const note of sourceNotes(data)) summary.addRow([note]);
  summary.addRow([
    'Ô ghi "chưa có mẫu số", "chưa có số liệu", "chưa giao chỉ tiêu": hệ thống không có số liệu để tính, không phải bằng 0.',
  ]);
  for (const { scheme, board } of data.sections) {
    const name = SCHEME_NAMES[scheme];
    const subtitle = `${childrenHeading(data)}: ${name.full}`;
    sheetWith(book, `Địa bàn - ${name.short}`, [...heading, subtitle], childTable(board));
  }
  sheetWith(book, 'Diễn biến theo tháng', [...heading, 'Diễn biến theo tháng'], trendTable(data));
  return Buffer.from(await book.xlsx.writeBuffer());
}
