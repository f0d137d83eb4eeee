import { describe, expect, it } from 'vitest';
import { NOTE } from './layout.cells.js';
import { childTable, headingLines, sourceNotes, summaryTable, trendTable } from './layout.rules.js';
import { reportFixture } from './report.fixture.js';

describe('report layout', () => {
  const data = reportFixture();

  it('heads the report with the locality, the month and the day it was made', () => {
    expect(headingLines(data)).toEqual([
      'Địa phương: Thành phố Hải Phòng (mã 31)',
      'Kỳ báo cáo: Tháng 11/2025 (số liệu đến ngày 30/11/2025)',
      'Ngày lập báo cáo: 15/01/2026',
    ]);
  });

  it('writes a scheme row with the board figures and the target in persons', () => {
    const hi = summaryTable(data).rows[0]!;
    // 95.15% of 1 300 000 = 1 236 950 persons; the gap is the board's own figure
    expect(hi).toEqual([
      1,
      'Bảo hiểm y tế (BHYT)',
      1_234_567,
      1_300_000,
      94.9667,
      95.15,
      1_236_950,
      0.1833,
      2_383,
      99.8073,
      1_239_000,
      95.3077,
    ]);
  });

  it('says why a figure is unknown instead of writing a number', () => {
    const [, si, ui] = summaryTable(data).rows;
    expect(si!.slice(2, 10)).toEqual([
      20_000,
      NOTE.noDenominator,
      NOTE.noDenominator,
      95.15,
      NOTE.noDenominator,
      NOTE.noDenominator,
      NOTE.noDenominator,
      NOTE.noDenominator,
    ]);
    // a count target: no rate target, no gap in points, the persons target as is
    expect(ui!.slice(5, 10)).toEqual([NOTE.none, 320_000, NOTE.none, 20_000, 93.75]);
  });

  it('lists children in code order with rank and status', () => {
    const rows = childTable(data.sections[0]!.board).rows;
    expect(rows.map((r) => r[1])).toEqual(['11111', '11137', '11140']);
    expect(rows[0]!.slice(3, 11)).toEqual([9_200, 10_000, 92, 95.15, 3.15, 315, 2, 'Chưa đạt']);
    expect(rows[2]![5]).toBe(NOTE.noDenominator);
  });

  it('puts each scheme side by side by month', () => {
    const t = trendTable(data);
    expect(t.columns.map((c) => c.header)).toContain('BHTN: tỷ lệ (%)');
    expect(t.rows[1]!.slice(0, 3)).toEqual(['11/2025', 1_234_567, 94.9667]);
  });

  it('names the source of each denominator and target', () => {
    expect(sourceNotes(data)[0]).toBe(
      'Bảo hiểm y tế (BHYT): mẫu số là dân số năm 2025 (NGTK 2024); chỉ tiêu theo Nghị quyết HĐND.',
    );
    expect(sourceNotes(data)[1]).toContain('chưa có mẫu số');
  });
});
