import { describe, expect, it } from 'vitest';
import { BARS_PER_CHART } from './charts.js';
import { REPORT_TITLE } from './layout.rules.js';
import { childFixture, reportFixture } from './report.fixture.js';
import { reportPdf } from './report.pdf.js';
import { readPdf } from './report.test-helpers.js';

describe('report PDF', () => {
  it('is a PDF whose text holds the Vietnamese title, the locality and the figures', async () => {
    const buffer = await reportPdf(reportFixture());
    expect(buffer.subarray(0, 5).toString()).toBe('%PDF-');
    const { pages, text } = await readPdf(buffer);
    // the summary page, then per scheme a page with the trend and the few children
    expect(pages).toBe(1 + 3);
    expect(text).toContain(REPORT_TITLE);
    expect(text).toContain('Thành phố Hải Phòng');
    expect(text).toContain('1.234.567');
    expect(text).toContain('94,97');
    expect(text).toContain('chưa có mẫu số');
    // chart text (axis titles, bar labels) is drawn in the same font
    expect(text).toContain('Tỷ lệ bao phủ (%)');
    expect(text).toContain('Xã Ân Thi');
    expect(text).toContain('Trang 4/4');
    expect(text).toContain('Chỉ tiêu 95,15%');
  }, 30_000);

  it('splits many children over several charts', async () => {
    const data = reportFixture();
    const many = Array.from({ length: BARS_PER_CHART + 5 }, (_, i) =>
      childFixture({ code: String(20_000 + i), name: `Xã Thứ ${i}`, ratePercent: 80 + i / 10 }),
    );
    data.sections = [
      { ...data.sections[0]!, board: { ...data.sections[0]!.board, children: many } },
    ];
    const { pages, text } = await readPdf(await reportPdf(data));
    // the trend, then two charts too tall to share a page
    expect(pages).toBe(1 + 1 + 2);
    expect(text).toContain('(2/2)');
  }, 30_000);
});
