// Import of coverage periods (person, scheme, participant group, payer, validity). The natural
// key is (national ID, scheme, valid_from); valid_to is exclusive like everywhere in ansinh.
// The persons must be in the caller's area (registry.write). SQL side: coverage.import.sql.ts.
import type { Db } from '../../db-schema.js';
import type { Actor } from '../../platform/auth-context.js';
import type { ColumnDef } from '../../platform/import/header.js';
import type { ImportSpec } from '../../platform/import/spec.js';
import {
  civilDate,
  integer,
  leadingZeroLost,
  oneOf,
  text,
  type Problems,
} from '../../platform/import/values.js';
import { reachOf } from '../auth/index.js';
import { checkCoverage, mergeCoverage } from './coverage.import.sql.js';
import { codeKey, employerOf, group, PAYER, SCHEME } from './coverage.import.rules.js';

export interface CoverageImportContext {
  groups: ReadonlyMap<string, readonly { validFrom: string; validTo: string | null }[]>;
  /** communes whose persons the caller may enrol; null: nationwide */
  writable: readonly number[] | null;
}

export async function loadCoverageContext(db: Db, actor: Actor): Promise<CoverageImportContext> {
  const rows = await db
    .selectFrom('participant_group')
    .select(['code', 'valid_from', 'valid_to'])
    .execute();
  const groups = new Map<string, { validFrom: string; validTo: string | null }[]>();
  for (const g of rows)
    groups.set(g.code, [
      ...(groups.get(g.code) ?? []),
      { validFrom: g.valid_from, validTo: g.valid_to },
    ]);
  const reach = await reachOf(db, actor, 'registry.write');
  return { groups, writable: reach.all ? null : reach.unitIds };
}

export const coverageColumns: readonly ColumnDef[] = [
  {
    name: 'national_id',
    aliases: ['so_dinh_danh', 'so_dinh_danh_ca_nhan', 'cccd'],
    required: true,
  },
  { name: 'scheme', aliases: ['loai_bao_hiem', 'che_do'], required: true },
  { name: 'group_code', aliases: ['ma_doi_tuong'], required: true },
  { name: 'payer', aliases: ['nguoi_dong', 'nguon_dong'], required: true },
  { name: 'employer_tax_code', aliases: ['ma_so_thue_don_vi', 'mst_don_vi'], required: false },
  { name: 'contribution_salary', aliases: ['muc_luong_dong', 'tien_luong_dong'], required: false },
  { name: 'valid_from', aliases: ['tu_ngay'], required: true },
  { name: 'valid_to', aliases: [], required: false },
];

export function validateCoverage(
  r: Readonly<Record<string, string>>,
  ctx: CoverageImportContext,
  p: Problems,
) {
  let id = text(p, 'national_id', r.national_id!, { required: true });
  if (id !== null && leadingZeroLost(p, 'national_id', id, 12)) id = null;
  else if (id !== null && !/^\d{12}$/.test(id))
    id = p.add('national_id', 'NATIONAL_ID_FORMAT', 'must be 12 digits', 'phải gồm đúng 12 chữ số');
  const scheme = oneOf(p, 'scheme', r.scheme!, SCHEME, codeKey);
  const payer = oneOf(p, 'payer', r.payer!, PAYER, codeKey);
  const from = civilDate(p, 'valid_from', r.valid_from!);
  const to = civilDate(p, 'valid_to', r.valid_to!, false);
  if (from !== null && to !== null && to <= from)
    p.add(
      'valid_to',
      'PERIOD_INVALID',
      'valid_to (exclusive) must be after valid_from',
      'valid_to (không tính ngày này) phải sau valid_from',
    );
  const code = group(p, ctx, r.group_code!, from);
  const employer = employerOf(p, r.employer_tax_code!, payer);
  const salary = integer(p, 'contribution_salary', r.contribution_salary!, {
    required: false,
    min: 1,
  });
  return p.any ? null : [id, scheme, code, payer, employer, salary, from, to];
}

export const coverageImport: ImportSpec<CoverageImportContext> = {
  kind: 'coverage',
  action: 'coverage.import',
  columns: coverageColumns,
  stage: [
    { name: 'national_id', type: 'text' },
    { name: 'scheme', type: 'text' },
    { name: 'group_code', type: 'text' },
    { name: 'payer', type: 'text' },
    { name: 'employer_tax_code', type: 'text' },
    { name: 'contribution_salary', type: 'bigint' },
    { name: 'valid_from', type: 'date' },
    { name: 'valid_to', type: 'date' },
  ],
  key: ['national_id', 'scheme', 'valid_from'],
  keyField: 'national_id, scheme, valid_from',
  validate: validateCoverage,
  check: checkCoverage,
  merge: mergeCoverage,
};
