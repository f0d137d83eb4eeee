// CSV export of persons: needs registry.export, covers only the caller's reach, masks what the
// caller may not see in full, and is audited before the first row leaves. Everything that can
// refuse the request (scope, filters) runs before the reply starts; an error while streaming
// ends the reply instead of escaping the stream.
import { pipeline, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { Db } from '../../db-schema.js';
import type { Actor } from '../../platform/auth-context.js';
import { recordAudit } from '../../platform/audit.js';
import { reachesUnit, reachOf, type Reach } from '../auth/index.js';
import { communesOf, presentPerson } from './persons.presenter.js';
import * as repo from './persons.repo.js';
import type { PersonFilter } from './persons.repo.js';
import { filterOf, type PersonQuery } from './persons.service.js';

const PAGE = 2000;
const HEADER = [
  'Số định danh',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Điện thoại',
  'Mã xã',
  'Xã',
  'Tỉnh',
];

async function* pages(db: Db, reach: Reach, full: Reach, filter: PersonFilter) {
  let afterId: number | undefined;
  for (;;) {
    const rows = await repo.listPersons(db, reach, { ...filter, ...(afterId ? { afterId } : {}) });
    const communeOf = await communesOf(db, rows);
    for (const row of rows) {
      const p = presentPerson(row, communeOf(row.commune_id), reachesUnit(full, row.commune_id));
      const [y, m, d] = p.birthDate.split('-');
      yield [
        p.nationalId,
        p.fullName,
        `${d}/${m}/${y}`,
        p.sex === 'male' ? 'Nam' : 'Nữ',
        p.phone ?? '',
        p.commune.code,
        p.commune.name,
        p.commune.provinceName,
      ];
    }
    if (rows.length < PAGE) return;
    afterId = rows.at(-1)!.id;
  }
}

export async function exportPersons(
  db: Db,
  actor: Actor,
  query: Omit<PersonQuery, 'limit' | 'cursor'>,
): Promise<Readable> {
  const reach = await reachOf(db, actor, 'registry.export');
  const full = await reachOf(db, actor, 'registry.read_full');
  const filter = await filterOf(db, actor, reach, { ...query, limit: PAGE });
  await db.transaction().execute((trx) =>
    recordAudit(trx, actor, {
      action: 'person.export',
      entity: 'person',
      entityId: null,
      // the kind of search, not its text: it is often a name or an ID
      changes: {
        format: 'csv',
        unitCode: query.unitCode ?? null,
        search: !query.q ? null : /^\d+$/.test(query.q.trim()) ? 'national_id' : 'name',
      },
    }),
  );
  // a BOM so Excel opens the Vietnamese text as UTF-8
  const csv = stringify({ header: true, columns: HEADER, bom: true });
  // on a failure mid-way every stream is destroyed and the reply cut short; Fastify logs it
  return pipeline(Readable.from(pages(db, reach, full, filter)), csv, () => {});
}
