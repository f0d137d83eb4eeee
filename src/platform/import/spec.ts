// What a module provides to import one kind of record: its columns, a pure row validator, the
// staging table's columns, SQL checks against the database, and the merge. The engine
// (engine.ts) does the rest: reading, header, staging, batches, checkpoint, report, audit.
import type { Kysely } from 'kysely';
import type { CopyValue } from '../db/copy.js';
import type { ColumnDef } from './header.js';
import type { FieldProblem, Problems } from './values.js';

// imports work on any module's tables; specs write their SQL with sql`` templates
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDb = Kysely<any>;

export interface StageColumn {
  name: string;
  /** SQL type of the staging column, e.g. 'text', 'date', 'bigint' */
  type: string;
}

/** The staged rows of lines (fromLine, toLine] in `table`; each has `line` and `rejected`. */
export interface StageRange {
  table: string;
  fromLine: number;
  toLine: number;
}

export interface LineProblem extends FieldProblem {
  line: number;
}

export interface MergeCounts {
  inserted: number;
  updated: number;
}

export interface ImportSpec<Ctx> {
  kind: string;
  /** the audit action of a committed import, e.g. 'person.import' */
  action: string;
  columns: readonly ColumnDef[];
  stage: readonly StageColumn[];
  /** staging columns of the natural key: a later row with the same key is rejected */
  key: readonly string[];
  /** the file column named when a key repeats */
  keyField: string;
  /** pure: the staging values of a valid row, in `stage` order, or null (problems recorded) */
  validate(
    record: Readonly<Record<string, string>>,
    ctx: Ctx,
    problems: Problems,
  ): CopyValue[] | null;
  /** checks the staged rows of the range against each other and the database */
  check(db: AnyDb, range: StageRange, ctx: Ctx): Promise<LineProblem[]>;
  /** writes the range's rows not rejected; runs inside the import's transaction */
  merge(trx: AnyDb, range: StageRange, ctx: Ctx): Promise<MergeCounts>;
}
