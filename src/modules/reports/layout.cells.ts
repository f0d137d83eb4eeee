// Cells of the report's tables: numbers stay numbers, and an unknown figure is written as the
// reason it is unknown (never 0, never a wrong number).
export type ColumnKind = 'text' | 'int' | 'count' | 'rate';

export interface Column {
  header: string;
  kind: ColumnKind;
  /** width in characters (XLSX); the PDF scales them to the page */
  width: number;
}

export type Value = string | number;

export interface Table {
  columns: Column[];
  rows: Value[][];
}

export const NOTE = {
  noFacts: 'chưa có số liệu',
  noDenominator: 'chưa có mẫu số',
  noTarget: 'chưa giao chỉ tiêu',
  noForecast: 'chưa đủ số liệu',
  none: '—',
} as const;

export const col = (header: string, kind: ColumnKind, width: number): Column => ({
  header,
  kind,
  width,
});

/** The figure, or the note saying why it is missing. */
export const orNote = (value: number | null | undefined, note: string): Value =>
  value === null || value === undefined ? note : value;

interface Known {
  participants: number | null;
  denominator: number | null;
  hasTarget: boolean;
}

/** Why a rate or a gap is missing: no facts, then no target, then no denominator. */
export function missingBecause(k: Known): string {
  if (k.participants === null) return NOTE.noFacts;
  if (!k.hasTarget) return NOTE.noTarget;
  if (k.denominator === null) return NOTE.noDenominator;
  return NOTE.none;
}

/** Why a rate alone is missing (it needs no target). */
export const rateMissingBecause = (participants: number | null) =>
  participants === null ? NOTE.noFacts : NOTE.noDenominator;

const DENOMINATOR_NAMES: Record<string, string> = {
  population: 'dân số',
  labour_force: 'lực lượng lao động',
  working_age_labour_force: 'lực lượng lao động trong độ tuổi',
  si_age_labour_force: 'lực lượng lao động trong độ tuổi tham gia BHXH',
  group: 'số người thuộc nhóm đối tượng',
};

export const denominatorName = (kind: string) => DENOMINATOR_NAMES[kind] ?? kind;

/** 'YYYY-MM' → 'MM/YYYY'. */
export const viMonth = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;
