// SQL side of the coverage import: the person (in the caller's area) and employer must exist;
// a period may not overlap another of the same person and scheme, in the file or in the
// database (the exclusion constraint would refuse the whole batch; here the row is named).
import { sql } from 'kysely';
import { fromStage, inStage, problemsAt } from '../../platform/import/stage.js';
import type { AnyDb, LineProblem, StageRange } from '../../platform/import/spec.js';
import type { CoverageImportContext } from './coverage.import.js';

const range = (from: string, to: string | null) => `${from}–${to ?? '…'}`;

export async function checkCoverage(
  db: AnyDb,
  r: StageRange,
  ctx: CoverageImportContext,
): Promise<LineProblem[]> {
  const area = ctx.writable ? sql`and p.commune_id = any(${ctx.writable}::bigint[])` : sql``;
  const noPerson = await sql<{ line: number }>`select s.line ${fromStage(r)} and not exists
    (select 1 from person p where p.national_id = s.national_id ${area})`.execute(db);
  const noEmployer = await sql<{ line: number }>`select s.line ${fromStage(r)}
    and s.employer_tax_code is not null
    and not exists (select 1 from employer e where e.tax_code = s.employer_tax_code)`.execute(db);
  const conflict = await sql<{ line: number }>`select s.line ${fromStage(r)} and exists (
    select 1 from coverage_period c join person p on p.id = c.person_id
    left join employer e on e.id = c.employer_id
    where p.national_id = s.national_id and c.scheme = s.scheme and c.valid_from = s.valid_from
      and (c.group_code, c.payer, e.tax_code, c.contribution_salary, c.valid_to)
        is distinct from (s.group_code, s.payer, s.employer_tax_code, s.contribution_salary, s.valid_to))`.execute(
    db,
  );
  const inFile = await sql<{ line: number; other: number }>`select s.line, min(t.line) as other
    from ${sql.table(r.table)} s join ${sql.table(r.table)} t on t.national_id = s.national_id
      and t.scheme = s.scheme and t.line < s.line and not t.rejected
      and t.valid_from <> s.valid_from
      and daterange(t.valid_from, t.valid_to) && daterange(s.valid_from, s.valid_to)
    where ${inStage(r)} group by s.line`.execute(db);
  const inDb = await sql<{
    line: number;
    from: string;
    to: string | null;
  }>`select distinct on (s.line)
      s.line, c.valid_from as from, c.valid_to as to
    from ${sql.table(r.table)} s join person p on p.national_id = s.national_id
    join coverage_period c on c.person_id = p.id and c.scheme = s.scheme
      and c.valid_from <> s.valid_from
      and daterange(c.valid_from, c.valid_to) && daterange(s.valid_from, s.valid_to)
    where ${inStage(r)} order by s.line, c.valid_from`.execute(db);
  return [
    ...problemsAt(
      noPerson.rows,
      'national_id',
      'PERSON_NOT_FOUND',
      'no person with this national ID in your area; import the persons first',
      'không có người mang số định danh này trong địa bàn của bạn; hãy nhập danh sách người trước',
    ),
    ...problemsAt(
      noEmployer.rows,
      'employer_tax_code',
      'EMPLOYER_UNKNOWN',
      'no employer has this tax code',
      'không có đơn vị nào mang mã số thuế này',
    ),
    ...problemsAt(
      conflict.rows,
      'valid_from',
      'COVERAGE_CONFLICT',
      'a period of this person and scheme starting that day is recorded with other details',
      'đã có giai đoạn tham gia cùng loại bắt đầu từ ngày này với thông tin khác',
    ),
    ...inFile.rows.map(({ line, other }) => ({
      line,
      field: 'valid_from',
      code: 'COVERAGE_OVERLAP_IN_FILE',
      message: `overlaps the period of line ${other} (same person and scheme)`,
      messageVi: `trùng thời gian với giai đoạn ở dòng ${other} (cùng người, cùng loại bảo hiểm)`,
    })),
    ...inDb.rows.map(({ line, from, to }) => ({
      line,
      field: 'valid_from',
      code: 'COVERAGE_OVERLAP',
      message: `overlaps the recorded period ${range(from, to)} of this person and scheme`,
      messageVi: `trùng thời gian với giai đoạn đã ghi nhận ${range(from, to)} (cùng người, cùng loại bảo hiểm)`,
    })),
  ];
}

export async function mergeCoverage(trx: AnyDb, r: StageRange) {
  const result = await sql`insert into coverage_period (person_id, scheme, group_code, payer,
      employer_id, contribution_salary, valid_from, valid_to, source)
    select p.id, s.scheme, s.group_code, s.payer, e.id, s.contribution_salary, s.valid_from,
      s.valid_to, 'import'
    from ${sql.table(r.table)} s join person p on p.national_id = s.national_id
    left join employer e on e.tax_code = s.employer_tax_code
    where ${inStage(r)}
      and not exists (select 1 from coverage_period c where c.person_id = p.id
        and c.scheme = s.scheme and c.valid_from = s.valid_from)
    order by s.line`.execute(trx);
  return { inserted: Number(result.numAffectedRows ?? 0), updated: 0 };
}
