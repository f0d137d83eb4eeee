// Code and name of the units a page of rows points to, in one query (geo's unit summaries).
import type { Db } from '../../db-schema.js';
import { unitSummaries } from '../geo/index.js';

export async function unitRefs(db: Db, ids: readonly number[]) {
  const units = await unitSummaries(db, ids);
  return (id: number) => ({ code: units.get(id)?.code ?? '', name: units.get(id)?.name ?? '' });
}
