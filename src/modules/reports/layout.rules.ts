// The tables of the steering-committee report, built from the coverage boards (pure): one row
// per scheme, one row per child locality of a scheme, one row per month. The XLSX and the PDF
// write these same rows, so both show the same figures.
import { viDate } from '../../platform/dates.js';
import { targetPersons, type Board, type Child } from '../coverage/index.js';
import {
  col,
  denominatorName,
  missingBecause,
  NOTE,
  orNote,
  rateMissingBecause,
  viMonth,
  type Table,
  type Value,
} from './layout.cells.js';
import type { ReportData, ReportSection } from './report.types.js';
import { SCHEME_NAMES } from './schemes.js';

export const REPORT_TITLE = 'BÁO CÁO TÌNH HÌNH THỰC HIỆN BHXH, BHYT, BHTN';

/** The lines under the title: locality, period and the date of the report. */
export function headingLines(data: ReportData): string[] {
  const { locality, period } = data;
  const place =
    locality.level === 'country' ? 'Toàn quốc' : `${locality.name} (mã ${locality.code})`;
  return [
    `Địa phương: ${place}`,
    `Kỳ báo cáo: ${period.label} (số liệu đến ngày ${viDate(period.at)})`,
    `Ngày lập báo cáo: ${viDate(data.generatedOn)}`,
  ];
}

/** 'communes' of a province, 'provinces' of the country, in Vietnamese. */
export function childrenHeading(data: ReportData): string {
  return data.locality.level === 'country' ? 'Theo tỉnh, thành phố' : 'Theo xã, phường, đặc khu';
}

function targetCells(board: Board): [Value, Value] {
  const { target, denominator } = board.summary;
  if (!target) return [NOTE.noTarget, NOTE.noTarget];
  if (target.measure === 'participants') return [NOTE.none, target.value];
  const persons = targetPersons(target.value, denominator?.value ?? null);
  return [target.value, orNote(persons, NOTE.noDenominator)];
}

function forecastCells(board: Board): [Value, Value] {
  const f = board.forecast;
  if (!f) return [NOTE.noForecast, NOTE.noForecast];
  return [f.participants, orNote(f.ratePercent, NOTE.noDenominator)];
}

function summaryRow({ scheme, board }: ReportSection, index: number): Value[] {
  const s = board.summary;
  const denominator = s.denominator?.value ?? null;
  const why = missingBecause({ participants: s.participants, denominator, hasTarget: !!s.target });
  return [
    index + 1,
    SCHEME_NAMES[scheme].full,
    orNote(s.participants, NOTE.noFacts),
    orNote(denominator, NOTE.noDenominator),
    orNote(s.ratePercent, rateMissingBecause(s.participants)),
    ...targetCells(board),
    orNote(s.gapPoints, s.target?.measure === 'participants' ? NOTE.none : why),
    orNote(s.gapPersons, why),
    orNote(s.shareOfTargetReached, why),
    ...forecastCells(board),
  ];
}

/** One row per scheme: participants, denominator, rate, target, gaps, share, forecast. */
export function summaryTable(data: ReportData): Table {
  return {
    columns: [
      col('STT', 'int', 6),
      col('Loại hình bảo hiểm', 'text', 30),
      col('Số người tham gia', 'count', 16),
      col('Mẫu số', 'count', 16),
      col('Tỷ lệ bao phủ (%)', 'rate', 12),
      col('Chỉ tiêu năm (%)', 'rate', 12),
      col('Chỉ tiêu năm (người)', 'count', 16),
      col('Còn thiếu so với chỉ tiêu (điểm %)', 'rate', 16),
      col('Còn thiếu so với chỉ tiêu (người)', 'count', 16),
      col('Đạt so với chỉ tiêu năm (%)', 'rate', 14),
      col('Dự báo cuối năm (người)', 'count', 16),
      col('Dự báo tỷ lệ cuối năm (%)', 'rate', 14),
    ],
    rows: data.sections.map(summaryRow),
  };
}

const STATUS: Record<Child['status'], string> = {
  above: 'Đạt',
  below: 'Chưa đạt',
  unknown: 'Chưa xác định',
};

function childRow(c: Child, index: number): Value[] {
  const why = missingBecause({
    participants: c.participants,
    denominator: c.denominator,
    hasTarget: c.targetPercent !== null,
  });
  return [
    index + 1,
    c.code,
    c.name,
    orNote(c.participants, NOTE.noFacts),
    orNote(c.denominator, NOTE.noDenominator),
    orNote(c.ratePercent, rateMissingBecause(c.participants)),
    orNote(c.targetPercent, NOTE.noTarget),
    orNote(c.gapPoints, why),
    orNote(c.gapPersons, why),
    orNote(c.rank, NOTE.none),
    STATUS[c.status],
  ];
}

/** The board's children (communes of a province, provinces of the country) in code order. */
export function childTable(board: Board): Table {
  const children = [...board.children].sort((a, b) => a.code.localeCompare(b.code));
  return {
    columns: [
      col('STT', 'int', 6),
      col('Mã', 'text', 8),
      col('Tên đơn vị', 'text', 30),
      col('Số người tham gia', 'count', 16),
      col('Mẫu số', 'count', 16),
      col('Tỷ lệ bao phủ (%)', 'rate', 12),
      col('Chỉ tiêu năm (%)', 'rate', 12),
      col('Còn thiếu (điểm %)', 'rate', 12),
      col('Còn thiếu (người)', 'count', 14),
      col('Xếp hạng', 'int', 10),
      col('Đánh giá', 'text', 14),
    ],
    rows: children.map(childRow),
  };
}

/** Participants and rate of each scheme at the end of each month the boards' trends cover. */
export function trendTable(data: ReportData): Table {
  const months = [
    ...new Set(data.sections.flatMap((s) => s.board.trend.map((p) => p.month))),
  ].sort();
  const columns = [col('Tháng', 'text', 10)];
  for (const { scheme } of data.sections) {
    const name = SCHEME_NAMES[scheme].short;
    columns.push(col(`${name}: số người`, 'count', 16), col(`${name}: tỷ lệ (%)`, 'rate', 14));
  }
  const rows = months.map((month) => [
    viMonth(month),
    ...data.sections.flatMap(({ board }): Value[] => {
      const point = board.trend.find((p) => p.month === month);
      if (!point) return [NOTE.none, NOTE.none];
      return [point.participants, orNote(point.ratePercent, NOTE.noDenominator)];
    }),
  ]);
  return { columns, rows };
}

/** Where each scheme's denominator and target come from, to print under the summary. */
export function sourceNotes(data: ReportData): string[] {
  return data.sections.map(({ scheme, board }) => {
    const { denominator: d, target: t } = board.summary;
    const denominator = d
      ? `mẫu số là ${denominatorName(d.kind)} năm ${d.year} (${d.source})`
      : 'chưa có mẫu số';
    const target = t ? `chỉ tiêu theo ${t.source}` : 'chưa giao chỉ tiêu năm';
    return `${SCHEME_NAMES[scheme].full}: ${denominator}; ${target}.`;
  });
}
