// A report's data for tests of the layout, the workbook and the PDF: Hải Phòng in November 2025
// with a rate target for HI, a count target for UI and no denominator for SI_VOLUNTARY.
import type { Board, Child } from '../coverage/index.js';
import { reportPeriod } from './period.rules.js';
import type { ReportData, ReportSection } from './report.types.js';
import type { ReportScheme } from './schemes.js';

export function childFixture(over: Partial<Child> = {}): Child {
  return {
    code: '11111',
    name: 'Phường Hồng Bàng',
    level: 'commune',
    participants: 9_200,
    denominator: 10_000,
    ratePercent: 92,
    targetPercent: 95.15,
    gapPoints: 3.15,
    gapPersons: 315,
    rank: 2,
    status: 'below',
    ...over,
  };
}

export function boardFixture(scheme: ReportScheme, over: Partial<Board['summary']> = {}): Board {
  return {
    summary: {
      locality: { code: '31', name: 'Thành phố Hải Phòng', level: 'province' },
      at: '2025-11-30',
      month: '2025-11',
      scheme,
      participants: 1_234_567,
      denominator: { value: 1_300_000, kind: 'population', year: 2025, source: 'NGTK 2024' },
      ratePercent: 94.9667,
      target: { value: 95.15, measure: 'coverage_rate', source: 'Nghị quyết HĐND' },
      gapPoints: 0.1833,
      gapPersons: 2_383,
      shareOfTargetReached: 99.8073,
      factsBuilt: true,
      ...over,
    },
    geography: 'as-is',
    rankAmongSiblings: { rank: 5, of: 34 },
    children: [
      childFixture({ code: '11137', name: 'Xã Ân Thi', ratePercent: 96.5, status: 'above' }),
      childFixture(),
      childFixture({ code: '11140', name: 'Xã Mới', denominator: null, ratePercent: null }),
    ],
    above: ['11137'],
    below: ['11111'],
    trend: [
      { month: '2025-10', participants: 1_230_000, ratePercent: 94.6154 },
      { month: '2025-11', participants: 1_234_567, ratePercent: 94.9667 },
    ],
    forecast: {
      year: 2025,
      participants: 1_239_000,
      low: null,
      high: null,
      ratePercent: 95.3077,
      lowRatePercent: null,
      highRatePercent: null,
      basis: 'this-year',
      januaryDipRatio: null,
      monthsLeft: 1,
      personsNeededPerMonth: 2_383,
    },
  };
}

export function reportFixture(): ReportData {
  const sections: ReportSection[] = [
    { scheme: 'HI', board: boardFixture('HI') },
    {
      scheme: 'SI_VOLUNTARY',
      board: boardFixture('SI_VOLUNTARY', {
        participants: 20_000,
        denominator: null,
        ratePercent: null,
        gapPoints: null,
        gapPersons: null,
        shareOfTargetReached: null,
      }),
    },
    {
      scheme: 'UI',
      board: boardFixture('UI', {
        participants: 300_000,
        target: { value: 320_000, measure: 'participants', source: 'Kế hoạch BHXH' },
        gapPoints: null,
        gapPersons: 20_000,
        shareOfTargetReached: 93.75,
      }),
    },
  ];
  return {
    locality: { code: '31', name: 'Thành phố Hải Phòng', level: 'province' },
    period: reportPeriod('2025-11', '2026-01-15'),
    geography: 'as-is',
    generatedOn: '2026-01-15',
    sections,
  };
}
