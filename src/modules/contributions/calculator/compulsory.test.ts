import { describe, expect, it } from 'vitest';
import { compulsoryMonth, type CompulsoryInput } from './compulsory.js';
import { seedRules } from './test-rules.js';
import type { Calculation } from '../rules.types.js';

const rules = seedRules();
const calc = (input: Partial<CompulsoryInput>) =>
  compulsoryMonth(rules, { month: '2024-08', salary: 50_000_000, region: 1, ...input });
const line = (c: Calculation, item: string, payer: string) =>
  c.lines.find((l) => l.item === item && l.payer === payer);
const amount = (c: Calculation, item: string, payer: string) => line(c, item, payer)?.amount;
const refs = (c: Calculation) => c.rulesUsed.map((r) => r.legalRef);

describe('compulsory SI, HI and UI for one month', () => {
  it('oracle: 50,000,000 in Region I in 2024-08 → employee pays 4,946,000', () => {
    const c = calc({});
    expect(amount(c, 'retirement_survivor', 'employee')).toBe(3_744_000);
    expect(amount(c, 'hi', 'employee')).toBe(702_000);
    expect(amount(c, 'ui', 'employee')).toBe(500_000);
    expect(c.byPayer.employee).toBe(4_946_000);
    // employer: 14% + 3% + 0.5% + 3% of 46,800,000, 1% of 50,000,000
    expect(c.byPayer.employer).toBe(6_552_000 + 1_404_000 + 234_000 + 1_404_000 + 500_000);
    expect(c.total).toBe(c.byPayer.employee! + c.byPayer.employer!);
  });

  it('caps UI at 20 × regional minimum wage for employer-set wages, not 20 × base salary', () => {
    const c = calc({ salary: 120_000_000 });
    expect(line(c, 'ui', 'employee')).toMatchObject({ base: 99_200_000, amount: 992_000 });
    expect(line(c, 'hi', 'employee')?.base).toBe(46_800_000);
    expect(c.notes.map((n) => n.en)).toContain(
      'UI is paid on 99,200,000 (20 × regional minimum wage), not on the full salary.',
    );
    expect(c.notes.map((n) => n.vi).join(' ')).toContain('46.800.000 (20 lần lương cơ sở)');
  });

  it('caps UI at 20 × base salary on the state pay scale', () => {
    const c = calc({ payRegime: 'state_scale' });
    expect(line(c, 'ui', 'employee')).toMatchObject({ base: 46_800_000, amount: 468_000 });
    expect(c.byPayer.employee).toBe(4_914_000);
  });

  it('uses the workplace region for the UI cap', () => {
    expect(line(calc({ region: 4, salary: 80_000_000 }), 'ui', 'employee')?.base).toBe(69_000_000);
  });

  it('does not cap a salary below the caps', () => {
    const c = calc({ salary: 10_000_000 });
    expect(c.byPayer.employee).toBe(1_050_000);
    expect(c.byPayer.employer).toBe(2_150_000);
    expect(c.notes).toEqual([]);
  });

  it('owes nothing for a month with 14 or more unpaid days, and everything with 13', () => {
    const none = calc({ unpaidDays: 14 });
    expect(none).toMatchObject({ total: 0, lines: [], byPayer: {} });
    expect(none.notes[0]?.en).toContain('14 unpaid working days');
    expect(none.rulesUsed.map((r) => r.legalRef)).toEqual(['Law 58/2014/QH13 Art 85(3)']);
    expect(calc({ unpaidDays: 13 }).byPayer.employee).toBe(4_946_000);
  });

  it('2025-12 vs 2026-01: the higher regional minimum wage raises the UI cap', () => {
    const dec = calc({ month: '2025-12', salary: 110_000_000 });
    const jan = calc({ month: '2026-01', salary: 110_000_000 });
    expect(line(dec, 'ui', 'employee')?.base).toBe(99_200_000);
    expect(line(jan, 'ui', 'employee')?.base).toBe(106_200_000);
    // the 2026 employer UI rate is not confirmed: the result says so
    expect(dec.notes.some((n) => n.en.includes('not confirmed'))).toBe(false);
    expect(jan.notes.some((n) => n.en.includes('Decree 374/2025'))).toBe(true);
  });

  it('2026-06 vs 2026-07: the new base salary raises the SI/HI cap', () => {
    expect(line(calc({ month: '2026-06' }), 'hi', 'employee')?.base).toBe(46_800_000);
    expect(line(calc({ month: '2026-07' }), 'hi', 'employee')?.base).toBe(50_000_000);
    expect(line(calc({ month: '2026-07', salary: 60_000_000 }), 'hi', 'employee')?.base).toBe(
      50_600_000,
    );
  });

  it('2025-07 vs 2025-08 (rows on the 1st): HI amounts stay, the cited decree switches on 08-15', () => {
    const jul = calc({ month: '2025-07' });
    const aug = calc({ month: '2025-08' });
    const sep = calc({ month: '2025-09' });
    expect(amount(aug, 'hi', 'employee')).toBe(amount(sep, 'hi', 'employee'));
    expect(refs(jul)).toContain('Law 41/2024/QH15 Art 33(1)(b)');
    expect(refs(aug)).toContain('Decree 146/2018/NĐ-CP Art 7(1)(a)');
    expect(refs(sep)).toContain('Decree 188/2025/NĐ-CP Art 6');
    expect(refs(sep)).not.toContain('Decree 146/2018/NĐ-CP Art 7(1)(a)');
  });

  describe('COVID relief (Resolutions 68/NQ-CP and 116/NQ-CP)', () => {
    const oaod = (month: string, covidRelief?: boolean) =>
      amount(calc({ month, salary: 10_000_000, covidRelief }), 'oa_od', 'employer');
    const ui = (month: string, covidRelief?: boolean) =>
      amount(calc({ month, salary: 10_000_000, covidRelief }), 'ui', 'employer');

    it('OA-OD is 0 from 2021-07 to 2022-06 with relief, 0.5% without', () => {
      expect([oaod('2021-06', true), oaod('2021-07', true), oaod('2022-06', true)]).toEqual([
        50_000, 0, 0,
      ]);
      expect(oaod('2022-07', true)).toBe(50_000);
      expect(oaod('2021-07', false)).toBe(50_000);
    });

    it('employer UI is 0 from 2021-10 to 2022-09 with relief, 1% without', () => {
      expect([ui('2021-09', true), ui('2021-10', true), ui('2022-09', true)]).toEqual([
        100_000, 0, 0,
      ]);
      expect(ui('2022-10', true)).toBe(100_000);
      expect(ui('2022-01', false)).toBe(100_000);
    });

    it('applies by default to employer-set wages, not to the state pay scale', () => {
      expect(oaod('2021-08')).toBe(0);
      const state = calc({ month: '2021-08', salary: 10_000_000, payRegime: 'state_scale' });
      expect(amount(state, 'oa_od', 'employer')).toBe(50_000);
    });

    it('cites the resolution and says relief was applied', () => {
      const c = calc({ month: '2021-11', salary: 10_000_000 });
      expect(refs(c)).toEqual(
        expect.arrayContaining(['Resolution 68/NQ-CP Part II(1)', 'Resolution 116/NQ-CP Art 1(2)']),
      );
      expect(refs(c)).not.toContain('Decree 58/2020/NĐ-CP Art 4');
      expect(c.notes.filter((n) => n.en.startsWith('COVID-19 relief'))).toHaveLength(2);
    });
  });

  it('uses the high-risk OA-OD rate only when asked, and refuses it before it existed', () => {
    expect(amount(calc({ oaOdVariant: 'high_risk' }), 'oa_od', 'employer')).toBe(140_400);
    expect(() => calc({ month: '2019-05', oaOdVariant: 'high_risk' })).toThrow(
      expect.objectContaining({ code: 'CONTRIBUTIONS_NO_RULE', status: 422 }),
    );
  });

  it('covid relief wins over the high-risk rate while both exist', () => {
    const c = calc({ month: '2021-08', oaOdVariant: 'high_risk', covidRelief: true });
    expect(amount(c, 'oa_od', 'employer')).toBe(0);
  });

  it('uses 1% OA-OD before 2017-06', () => {
    expect(amount(calc({ month: '2017-05', salary: 10_000_000 }), 'oa_od', 'employer')).toBe(
      100_000,
    );
  });

  it.each([
    [{ salary: -1 }, 'CONTRIBUTIONS_BAD_AMOUNT'],
    [{ salary: 0 }, 'CONTRIBUTIONS_BAD_AMOUNT'],
    [{ salary: 1.5 }, 'CONTRIBUTIONS_BAD_AMOUNT'],
    [{ unpaidDays: 32 }, 'CONTRIBUTIONS_BAD_COUNT'],
    [{ unpaidDays: -1 }, 'CONTRIBUTIONS_BAD_COUNT'],
    [{ month: '2024-13' }, 'CONTRIBUTIONS_BAD_DATE'],
    [{ month: '2024-08-01' }, 'CONTRIBUTIONS_BAD_DATE'],
    [{ region: 5 as 1 }, 'CONTRIBUTIONS_BAD_CHOICE'],
    [{ payRegime: 'other' as 'state_scale' }, 'CONTRIBUTIONS_BAD_CHOICE'],
  ])('refuses bad input %o with 400', (input, code) => {
    expect(() => calc(input)).toThrow(expect.objectContaining({ code, status: 400 }));
  });

  it('refuses a month before any rule with 422, in English and Vietnamese', () => {
    try {
      calc({ month: '2015-06' });
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ code: 'CONTRIBUTIONS_NO_RULE', status: 422 });
      expect((e as { messageVi: string }).messageVi).toContain('2015-06-01');
    }
  });
});
