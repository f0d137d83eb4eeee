// A chunk of generated rows, table by table, with ids local to the chunk (0, 1, 2 … per table).
// After a chunk is built the writer reserves that many ids from each table's sequence and adds
// the reserved base to every id and foreign-key column, so rows reference each other without
// a database round trip. Tables are listed in foreign-key order: that is the write order.
import type { CopyValue } from '../platform/db/copy.js';

export type Row = CopyValue[];

export const TABLES = {
  household: { columns: ['id', 'code', 'commune_id', 'address'], refs: { 0: 'household' } },
  person: {
    columns: [
      'id',
      'national_id',
      'full_name',
      'search_key',
      'birth_date',
      'sex',
      'phone',
      'commune_id',
      'si_number',
      'ethnicity',
      'household_id',
      'household_relation',
    ],
    refs: { 0: 'person', 10: 'household' },
  },
  person_residence: {
    columns: ['id', 'person_id', 'commune_id', 'valid_from', 'valid_to'],
    refs: { 0: 'person_residence', 1: 'person' },
  },
  person_status: {
    columns: ['id', 'person_id', 'status', 'source', 'valid_from', 'valid_to'],
    refs: { 0: 'person_status', 1: 'person' },
  },
  employment: {
    columns: ['id', 'person_id', 'employer_id', 'monthly_salary', 'valid_from', 'valid_to'],
    refs: { 0: 'employment', 1: 'person', 2: 'employer' },
  },
  coverage_period: {
    columns: [
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
    ],
    refs: { 0: 'coverage_period', 1: 'person', 5: 'employer' },
  },
  hi_card: {
    columns: [
      'id',
      'person_id',
      'card_number',
      'group_code',
      'benefit_level',
      'province_code',
      'si_number',
      'facility_code',
      'valid_from',
      'valid_to',
      'five_years_from',
      'issued_on',
    ],
    refs: { 0: 'hi_card', 1: 'person' },
  },
} as const;

export type ChunkTable = keyof typeof TABLES;
/** tables whose ids are reserved: the chunk's own, and employers (reserved once per run) */
export type IdTable = ChunkTable | 'employer';
export const CHUNK_TABLES = Object.keys(TABLES) as ChunkTable[];

export class Chunk {
  readonly rows = Object.fromEntries(CHUNK_TABLES.map((t) => [t, [] as Row[]])) as Record<
    ChunkTable,
    Row[]
  >;
  households = 0;
  persons = 0;

  /** appends a row whose first column is its local id, and returns that id */
  add(table: ChunkTable, values: CopyValue[]): number {
    const list = this.rows[table];
    const id = list.length;
    values[0] = id;
    list.push(values);
    return id;
  }

  counts(): Record<ChunkTable, number> {
    return Object.fromEntries(CHUNK_TABLES.map((t) => [t, this.rows[t].length])) as Record<
      ChunkTable,
      number
    >;
  }
}

/** The rows of one table with reserved bases added to ids and references (lazily). */
export function* withIds(
  table: ChunkTable,
  rows: readonly Row[],
  bases: Readonly<Record<IdTable, number>>,
): Generator<Row> {
  const refs = Object.entries(TABLES[table].refs).map(
    ([i, t]) => [Number(i), bases[t as IdTable]] as const,
  );
  for (const row of rows) {
    const out = row.slice();
    for (const [i, base] of refs) if (out[i] !== null) out[i] = (out[i] as number) + base;
    yield out;
  }
}
