// A simulation (or a comparison of two) as an XLSX workbook for officers: Vietnamese headings,
// numbers as numbers ('#,##0' for counts and VND, '0.00%' for rates), one sheet per breakdown.
import ExcelJS from 'exceljs';
import { viDate } from '../../platform/dates.js';
import type { Figures } from './simulation.result.js';
import type { difference, SimulationResult } from './simulation.service.js';

type Difference = ReturnType<typeof difference>;
const MONEY = '#,##0';
const RATE = '0.00%';

const SUMMARY: [key: keyof Difference, label: string, format: string][] = [
  ['population', 'Dân số trong sổ', MONEY],
  ['covered', 'Đã có thẻ BHYT', MONEY],
  ['eligible', 'Đối tượng được hỗ trợ', MONEY],
  ['eligibleCovered', 'Đối tượng đã có thẻ', MONEY],
  ['eligibleUncovered', 'Đối tượng chưa có thẻ', MONEY],
  ['expectedJoiners', 'Dự kiến tham gia mới', MONEY],
  ['coverageRateBefore', 'Tỷ lệ bao phủ hiện tại', RATE],
  ['coverageRateAfter', 'Tỷ lệ bao phủ dự kiến', RATE],
  ['localCostPerYear', 'Chi ngân sách địa phương/năm (đồng)', MONEY],
  ['stateCostPerYear', 'Chi ngân sách trung ương/năm (đồng)', MONEY],
];

const BREAKDOWN: [key: keyof Figures, label: string][] = [
  ['eligible', 'Đối tượng được hỗ trợ'],
  ['eligibleUncovered', 'Chưa có thẻ'],
  ['expectedJoiners', 'Dự kiến tham gia mới'],
  ['localCostPerYear', 'Chi NS địa phương/năm (đồng)'],
  ['stateCostPerYear', 'Chi NS trung ương/năm (đồng)'],
];

function header(sheet: ExcelJS.Worksheet, labels: string[]) {
  const row = sheet.addRow(labels);
  row.font = { bold: true };
  labels.forEach((_, i) => (sheet.getColumn(i + 1).width = i === 0 ? 42 : 22));
}

function summarySheet(book: ExcelJS.Workbook, results: SimulationResult[], diff?: Difference) {
  const sheet = book.addWorksheet('Tổng hợp');
  const first = results[0]!;
  sheet.addRow([`Tỉnh ${first.provinceCode}, ngày tham chiếu ${viDate(first.at)}`]);
  sheet.addRow(['Tỷ lệ tham gia giả định', first.takeUp]).getCell(2).numFmt = RATE;
  sheet.addRow(['Phí BHYT một người/năm (đồng)', first.premiumPerYear]).getCell(2).numFmt = MONEY;
  header(sheet, [
    'Chỉ tiêu',
    ...(diff ? ['Phương án A', 'Phương án B', 'Chênh lệch (B − A)'] : ['Giá trị']),
  ]);
  for (const [key, label, format] of SUMMARY) {
    const row = sheet.addRow([label, ...results.map((r) => r[key]), ...(diff ? [diff[key]] : [])]);
    for (let i = 2; i <= row.cellCount; i++) row.getCell(i).numFmt = format;
  }
}

function breakdownSheet(
  book: ExcelJS.Workbook,
  name: string,
  first: string[],
  rows: { keys: string[]; figures: Figures }[],
) {
  const sheet = book.addWorksheet(name);
  header(sheet, [...first, ...BREAKDOWN.map(([, label]) => label)]);
  for (const r of rows) {
    const row = sheet.addRow([...r.keys, ...BREAKDOWN.map(([key]) => r.figures[key])]);
    for (let i = first.length + 1; i <= row.cellCount; i++) row.getCell(i).numFmt = MONEY;
  }
}

export async function simulationWorkbook(
  results: SimulationResult[],
  diff?: Difference,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  summarySheet(book, results, diff);
  results.forEach((r, i) => {
    const suffix = results.length > 1 ? ` ${'AB'[i]}` : '';
    breakdownSheet(
      book,
      `Theo xã${suffix}`,
      ['Mã xã', 'Tên xã'],
      r.byCommune.map((c) => ({ keys: [c.communeCode, c.communeName], figures: c })),
    );
    breakdownSheet(
      book,
      `Theo nhóm${suffix}`,
      ['Mã nhóm đối tượng'],
      r.byGroup.map((g) => ({ keys: [g.group], figures: g })),
    );
  });
  const notes = book.addWorksheet('Giả định');
  for (const a of results[0]!.assumptions) notes.addRow([a]);
  notes.getColumn(1).width = 120;
  return Buffer.from(await book.xlsx.writeBuffer());
}
