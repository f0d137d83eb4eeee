// Official statistics carried in data/statistics (see its README), turned into denominator
// rows: NSO population and labour force of the 63 old provinces (2019–2025), the 2025 merger
// dossier populations of the 34 new provinces, and national figures implied by published
// participants and coverage rates.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import {
  impliedNationalDenominators,
  type DenominatorInput,
  type PublishedCoverage,
} from '../denominators.rules.js';
import { REFORM_DATE } from './dates.js';

export const STATISTICS_DIR = fileURLToPath(
  new URL('../../../../data/statistics/', import.meta.url),
);

function readCsv(file: string): Record<string, string>[] {
  return parse(fs.readFileSync(`${STATISTICS_DIR}${file}`, 'utf8'), { columns: true, trim: true });
}

const num = (text: string | undefined) => (text ? Number(text) : null);

export function statisticsRows(): DenominatorInput[] {
  const population = readCsv('province_population.csv').map((r): DenominatorInput => ({
    code: r.province_code_old!,
    validOn: `${r.year}-06-30`,
    year: Number(r.year),
    kind: 'population',
    value: Number(r.population),
    status: 'final',
    synthetic: false,
    source: r.source!,
    note: null,
  }));
  const labour = readCsv('province_labour_force.csv').map((r): DenominatorInput => ({
    code: r.province_code_old!,
    validOn: `${r.year}-06-30`,
    year: Number(r.year),
    kind: 'labour_force',
    value: Number(r.labour_force),
    status: r.status === 'preliminary' ? 'preliminary' : 'final',
    synthetic: false,
    source: r.source!,
    note: Number(r.year) <= 2020 ? 'NSO series break between 2020 and 2021' : null,
  }));
  const dossiers = readCsv('province_population_2025_new34.csv').map((r): DenominatorInput => ({
    code: r.province_code_new!,
    validOn: REFORM_DATE,
    year: 2025,
    kind: 'population',
    value: Number(r.population_2025_merger_dossier),
    status: 'estimate',
    synthetic: false,
    source: r.source!,
    note: `merger dossier figure; NSO 2025 average population of the former provinces: ${r.nso_2025_avg_pop_sum_of_old}`,
  }));
  const national = impliedNationalDenominators(
    readCsv('national_coverage.csv').map((r): PublishedCoverage => ({
      asOf: r.as_of!,
      scheme: r.scheme!,
      participants: num(r.participants),
      coveragePercent: num(r.coverage_percent),
      denominatorKind: r.denominator_kind ?? '',
      source: r.source!,
    })),
  );
  return [...population, ...labour, ...dossiers, ...national];
}
