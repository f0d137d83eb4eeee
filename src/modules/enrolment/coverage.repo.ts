// SQL for coverage periods.
import type { Insertable } from 'kysely';
import type { Db, Tx } from '../../db-schema.js';
import type { CoveragePeriodTable } from './enrolment.tables.js';

type Handle = Db | Tx;

const COLUMNS = [
  'id',
  'person_id',
  'scheme',
  'group_code',
  'payer',
  'employer_id',
  'contribution_salary',
  'valid_from',
  'valid_to',
  'source',
] as const;

export function periodsOfPerson(db: Handle, personId: number) {
  return db
    .selectFrom('coverage_period')
    .select(COLUMNS)
    .where('person_id', '=', personId)
    .orderBy('valid_from', 'desc')
    .orderBy('scheme')
    .execute();
}

export type PeriodRow = Awaited<ReturnType<typeof periodsOfPerson>>[number];

export function periodById(db: Handle, id: number) {
  return db.selectFrom('coverage_period').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}

export function insertPeriod(trx: Tx, row: Insertable<CoveragePeriodTable>) {
  return trx.insertInto('coverage_period').values(row).returning(COLUMNS).executeTakeFirstOrThrow();
}

export function endPeriod(trx: Tx, id: number, validTo: string) {
  return trx
    .updateTable('coverage_period')
    .set({ valid_to: validTo })
    .where('id', '=', id)
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
}

/** The health-insurance period covering a date, if any. */
export function healthPeriodAt(db: Handle, personId: number, at: string) {
  return db
    .selectFrom('coverage_period')
    .select(COLUMNS)
    .where('person_id', '=', personId)
    .where('scheme', '=', 'hi')
    .where('valid_from', '<=', at)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', at)]))
    .executeTakeFirst();
}
