// SQL side of the persons import: checks of staged rows against the registry and each other,
// then the merge. A national ID already registered with the same name, birth date and sex is
// "unchanged"; with other details it is rejected (an import never overwrites an identity).
import { sql } from 'kysely';
import { fromStage, inStage, problemsAt } from '../../../platform/import/stage.js';
import type { AnyDb, LineProblem, StageRange } from '../../../platform/import/spec.js';
import type { RegistryImportContext } from './import.context.js';

type Lines = { line: number }[];

export async function checkPersons(db: AnyDb, range: StageRange): Promise<LineProblem[]> {
  const conflict = await sql<{ line: number }>`select s.line ${fromStage(range)}
    and exists (select 1 from person p where p.national_id = s.national_id
      and (p.full_name <> s.full_name or p.birth_date <> s.birth_date or p.sex <> s.sex))`.execute(
    db,
  );
  // separate queries, not `exists … or exists …`: an OR of correlated subqueries is run row by
  // row, and the in-file half would scan the staging table once per row. In-file checks look at
  // the range only: earlier batches are already in the registry, where the other half looks.
  const siTaken = await sql<{ line: number }>`select s.line ${fromStage(range)}
    and exists (select 1 from person p where p.si_number = s.si_number
      and p.national_id <> s.national_id)`.execute(db);
  const siRepeated = await sql<{ line: number }>`select line from (
      select s.line, s.national_id, first_value(s.national_id) over w as first_id
      from ${sql.table(range.table)} s
      where s.si_number is not null and ${inStage(range)}
      window w as (partition by s.si_number order by s.line)) x
    where line > ${range.fromLine} and national_id <> first_id`.execute(db);
  const noHousehold = await sql<{ line: number }>`select s.line ${fromStage(range)}
    and s.household_code is not null
    and not exists (select 1 from household h where h.code = s.household_code)`.execute(db);
  const headTaken = await sql<{ line: number }>`select s.line ${fromStage(range)}
    and s.household_relation = 'head'
    and exists (select 1 from person p join household h on h.id = p.household_id
      where h.code = s.household_code and p.household_relation = 'head'
        and p.national_id <> s.national_id)`.execute(db);
  const secondHead = await sql<{ line: number }>`select line from (
      select s.line, row_number() over (partition by s.household_code order by s.line) as n
      from ${sql.table(range.table)} s
      where s.household_relation = 'head' and ${inStage(range)}) x
    where line > ${range.fromLine} and n > 1`.execute(db);
  return [
    ...problemsAt(
      conflict.rows as Lines,
      'national_id',
      'PERSON_CONFLICT',
      'already registered with another name, birth date or sex; correct the registry record instead',
      'đã có trong cơ sở dữ liệu với họ tên, ngày sinh hoặc giới tính khác; hãy sửa hồ sơ thay vì nhập lại',
    ),
    ...problemsAt(
      [...siTaken.rows, ...siRepeated.rows] as Lines,
      'si_number',
      'SI_NUMBER_TAKEN',
      'this social insurance number belongs to another person (registered, or earlier in the file)',
      'mã số BHXH này đã thuộc về người khác (đã đăng ký hoặc ở dòng trước trong tệp)',
    ),
    ...problemsAt(
      noHousehold.rows as Lines,
      'household_code',
      'HOUSEHOLD_UNKNOWN',
      'no household has this code; import the households first',
      'không có hộ nào mang mã này; hãy nhập danh sách hộ trước',
    ),
    ...problemsAt(
      [...headTaken.rows, ...secondHead.rows] as Lines,
      'household_relation',
      'HOUSEHOLD_HEAD_TAKEN',
      'the household already has a head',
      'hộ đã có chủ hộ',
    ),
  ];
}

/**
 * New persons, each with a residence row from the file's date; existing ones are left as they
 * are. An anti-join rather than ON CONFLICT: the checks have already classified every row, and
 * speculative insertion costs each row an extra index probe (a concurrent insert of the same ID
 * fails the transaction instead, and the import can be run again). No ORDER BY: staged rows
 * come back in file order from the scan, and sorting a million rows on disk buys nothing.
 */
export async function mergePersons(trx: AnyDb, range: StageRange, ctx: RegistryImportContext) {
  const result = await sql`with inserted as (
      insert into person (national_id, si_number, full_name, search_key, birth_date, sex,
        ethnicity, phone, commune_id, household_id, household_relation)
      select s.national_id, s.si_number, s.full_name, s.search_key, s.birth_date, s.sex,
        coalesce(s.ethnicity, '01'), s.phone, s.commune_id, h.id, s.household_relation
      from ${sql.table(range.table)} s left join household h on h.code = s.household_code
      where ${inStage(range)}
        and not exists (select 1 from person p where p.national_id = s.national_id)
      returning id, commune_id)
    insert into person_residence (person_id, commune_id, valid_from)
    select id, commune_id, ${ctx.at} from inserted`.execute(trx);
  return { inserted: Number(result.numAffectedRows ?? 0), updated: 0 };
}
