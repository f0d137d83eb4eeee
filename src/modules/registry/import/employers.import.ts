// Import of employers: a known tax code takes the file's name, sector, commune and reported
// employees ("updated"), if the caller's area covers the employer's current commune.
import { sql } from 'kysely';
import type { ColumnDef } from '../../../platform/import/header.js';
import { fromStage, problemsAt } from '../../../platform/import/stage.js';
import type { AnyDb, ImportSpec, StageRange } from '../../../platform/import/spec.js';
import { integer, text, type Problems } from '../../../platform/import/values.js';
import { searchKey } from '../../../platform/text.js';
import { communeAt, type RegistryImportContext } from './import.context.js';

export const employerColumns: readonly ColumnDef[] = [
  { name: 'tax_code', aliases: ['ma_so_thue', 'mst', 'ma_so_doanh_nghiep'], required: true },
  { name: 'name', aliases: ['ten_don_vi', 'ten_doanh_nghiep', 'ten'], required: true },
  { name: 'business_reg_no', aliases: ['so_dkkd', 'so_giay_phep_kinh_doanh'], required: false },
  { name: 'sector', aliases: ['nganh', 'nganh_kinh_te', 'ma_nganh'], required: true },
  { name: 'commune_code', aliases: ['ma_xa'], required: true },
  { name: 'reported_employees', aliases: ['so_lao_dong'], required: false },
];

export function validateEmployer(
  r: Readonly<Record<string, string>>,
  ctx: RegistryImportContext,
  p: Problems,
) {
  let tax = text(p, 'tax_code', r.tax_code!, { required: true });
  if (tax !== null && !/^\d{10}(-\d{3})?$/.test(tax))
    tax = p.add(
      'tax_code',
      'TAX_CODE_FORMAT',
      'a tax code is 10 digits, branches add -NNN',
      'mã số thuế gồm 10 chữ số, chi nhánh thêm -NNN',
    );
  const name = text(p, 'name', r.name!.replace(/\s+/g, ' '), { required: true, max: 300 });
  const regNo = text(p, 'business_reg_no', r.business_reg_no!, { required: false, max: 50 });
  let sector = text(p, 'sector', r.sector!.toUpperCase(), { required: true });
  if (sector !== null && !/^[A-U]$/.test(sector))
    sector = p.add(
      'sector',
      'SECTOR_UNKNOWN',
      'the sector is a VSIC 2018 section letter A–U',
      'ngành là chữ cái cấp 1 của VSIC 2018 (A–U)',
    );
  const commune = communeAt(
    p,
    ctx,
    'commune_code',
    text(p, 'commune_code', r.commune_code!, { required: true }),
  );
  const staff = integer(p, 'reported_employees', r.reported_employees!, {
    required: false,
    min: 0,
  });
  const values = [
    tax,
    name,
    name === null ? null : searchKey(name),
    regNo,
    sector,
    commune,
    staff ?? 0,
  ];
  return p.any ? null : values;
}

async function checkEmployers(db: AnyDb, range: StageRange, ctx: RegistryImportContext) {
  if (!ctx.writable) return [];
  const elsewhere = await sql<{ line: number }>`select s.line ${fromStage(range)}
    and exists (select 1 from employer e where e.tax_code = s.tax_code
      and e.commune_id <> all(${[...ctx.writable]}::bigint[]))`.execute(db);
  return problemsAt(
    elsewhere.rows,
    'tax_code',
    'EMPLOYER_OUT_OF_AREA',
    'this employer is registered in a commune outside your area',
    'đơn vị này đăng ký ở xã ngoài địa bàn của bạn',
  );
}

async function mergeEmployers(trx: AnyDb, range: StageRange) {
  const { rows } = await sql<{ inserted: boolean }>`insert into employer
      (tax_code, name, search_key, business_reg_no, sector, commune_id, reported_employees)
    select s.tax_code, s.name, s.search_key, s.business_reg_no, s.sector, s.commune_id,
      s.reported_employees ${fromStage(range)} order by s.line
    on conflict (tax_code) do update set name = excluded.name, search_key = excluded.search_key,
      business_reg_no = excluded.business_reg_no, sector = excluded.sector,
      commune_id = excluded.commune_id, reported_employees = excluded.reported_employees
    where (employer.name, employer.business_reg_no, employer.sector, employer.commune_id,
        employer.reported_employees) is distinct from (excluded.name, excluded.business_reg_no,
        excluded.sector, excluded.commune_id, excluded.reported_employees)
    returning (xmax = 0) as inserted`.execute(trx);
  const inserted = rows.filter((r) => r.inserted).length;
  return { inserted, updated: rows.length - inserted };
}

export const employerImport: ImportSpec<RegistryImportContext> = {
  kind: 'employers',
  action: 'employer.import',
  columns: employerColumns,
  stage: [
    { name: 'tax_code', type: 'text' },
    { name: 'name', type: 'text' },
    { name: 'search_key', type: 'text' },
    { name: 'business_reg_no', type: 'text' },
    { name: 'sector', type: 'text' },
    { name: 'commune_id', type: 'bigint' },
    { name: 'reported_employees', type: 'integer' },
  ],
  key: ['tax_code'],
  keyField: 'tax_code',
  validate: validateEmployer,
  check: checkEmployers,
  merge: mergeEmployers,
};
