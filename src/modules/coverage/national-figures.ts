// Published national coverage figures (data/reference/national_coverage.csv): the fixtures of
// the real-figure checks, which show the coverage arithmetic reproduces what was announced.
// Rates stay decimal text, as the rules read them exactly.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

export const NATIONAL_COVERAGE_CSV = fileURLToPath(
  new URL('../../../data/reference/national_coverage.csv', import.meta.url),
);

export interface NationalFigure {
  /** 'YYYY-MM-DD' */
  asOf: string;
  scheme: string;
  participants: number | null;
  /** decimal text as published ('89.2'), null when only a count was published */
  coveragePercent: string | null;
  denominatorKind: string | null;
  source: string;
}

/** The CSV's rows, checked: a bad row throws with its line number. */
export function parseNationalFigures(text: string): NationalFigure[] {
  const records = parse(text, { columns: true, trim: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  return records.map((r, i) => {
    const line = i + 2;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(r.as_of ?? '')) throw new Error(`line ${line}: as_of`);
    if (r.participants && !/^\d+$/.test(r.participants))
      throw new Error(`line ${line}: participants must be a whole number`);
    if (r.coverage_percent && !/^\d{1,3}(\.\d{1,4})?$/.test(r.coverage_percent))
      throw new Error(`line ${line}: coverage_percent`);
    if (!r.source) throw new Error(`line ${line}: source is empty`);
    return {
      asOf: r.as_of!,
      scheme: r.scheme!,
      participants: r.participants ? Number(r.participants) : null,
      coveragePercent: r.coverage_percent || null,
      denominatorKind: r.denominator_kind || null,
      source: r.source,
    };
  });
}

export function loadNationalFigures(file = NATIONAL_COVERAGE_CSV): NationalFigure[] {
  return parseNationalFigures(fs.readFileSync(file, 'utf8'));
}

/** The one figure of a scheme on a date; throws when absent, so a check cannot pass on nothing. */
export function nationalFigure(figures: NationalFigure[], asOf: string, scheme: string) {
  const found = figures.find((f) => f.asOf === asOf && f.scheme === scheme);
  if (!found) throw new Error(`no published ${scheme} figure on ${asOf}`);
  return found;
}
