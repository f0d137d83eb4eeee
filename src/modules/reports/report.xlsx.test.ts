import { describe, expect, it } from 'vitest';
import { REPORT_TITLE } from './layout.rules.js';
import { reportFixture } from './report.fixture.js';
import { readWorkbook } from './report.test-helpers.js';
import { reportWorkbook } from './report.xlsx.js';

describe('report workbook', () => {
  it('reads back with the Vietnamese headings, the board figures and their formats', async () => {
    const data = reportFixture();
    const book = await readWorkbook(await reportWorkbook(data));
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Tổng hợp',
      'Địa bàn - BHYT',
      'Địa bàn - BHXH tự nguyện',
      'Địa bàn - BHTN',
      'Diễn biến theo tháng',
    ]);
    const sheet = book.getWorksheet('Tổng hợp')!;
    expect(sheet.getCell('A1').value).toBe(REPORT_TITLE);
    expect(sheet.getCell('A2').value).toBe('Địa phương: Thành phố Hải Phòng (mã 31)');
    expect(String(sheet.getCell('A3').value)).toContain('Tháng 11/2025');
    expect(sheet.getCell('A4').value).toBe('Ngày lập báo cáo: 15/01/2026');
    // header on row 6, frozen under it; HI on row 7
    expect(sheet.getCell('C6').value).toBe('Số người tham gia');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
    const hi = data.sections[0]!.board.summary;
    expect(sheet.getCell('C7').value).toBe(hi.participants);
    expect(sheet.getCell('C7').numFmt).toBe('#,##0');
    expect(sheet.getCell('E7').value).toBe(hi.ratePercent);
    expect(sheet.getCell('E7').numFmt).toBe('0.00');
    expect(sheet.getCell('I7').value).toBe(hi.gapPersons);
    expect(sheet.getCell('D8').value).toBe('chưa có mẫu số');
    expect(sheet.getColumn(2).width).toBe(30);
  });

  it('writes each child locality with its rate and rank', async () => {
    const data = reportFixture();
    const sheet = (await readWorkbook(await reportWorkbook(data))).getWorksheet('Địa bàn - BHYT')!;
    expect(sheet.getCell('A5').value).toBe('Theo xã, phường, đặc khu: Bảo hiểm y tế (BHYT)');
    expect(sheet.getCell('C7').value).toBe('Tên đơn vị');
    expect(sheet.getCell('B8').value).toBe('11111');
    expect(sheet.getCell('F8').value).toBe(92);
    expect(sheet.getCell('J8').value).toBe(2);
  });
});
