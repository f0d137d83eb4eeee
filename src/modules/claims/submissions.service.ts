// Minimal claim submissions: a facility submits and reads its own, filtered by facility code in
// SQL. Placeholder for the claims issue (XML 130/4750 files and e-appraisal), kept so facility
// scoping is enforced from the start.
import { sql } from 'kysely';
import type { Db } from '../../db-schema.js';
import { accessErrors, type Actor } from '../../platform/auth-context.js';
import { recordAudit } from '../../platform/audit.js';
import { AppError } from '../../platform/errors.js';
import { reachesFacility, reachOf } from '../auth/index.js';

const COLUMNS = [
  'id',
  'facility_code',
  'card_number',
  'admission_date',
  'total_amount',
  'submitted_at',
] as const;

type Row = {
  id: number;
  facility_code: string;
  card_number: string;
  admission_date: string;
  total_amount: number;
  submitted_at: Date;
};

function present(row: Row) {
  return {
    id: row.id,
    facilityCode: row.facility_code,
    cardNumber: row.card_number,
    admissionDate: row.admission_date,
    totalAmount: row.total_amount,
    submittedAt: row.submitted_at.toISOString(),
  };
}

export interface NewSubmission {
  facilityCode: string;
  cardNumber: string;
  admissionDate: string;
  totalAmount: number;
}

export async function submitClaim(db: Db, actor: Actor, input: NewSubmission) {
  const reach = await reachOf(db, actor, 'claims.submit');
  if (!reachesFacility(reach, input.facilityCode)) throw accessErrors.outOfScope();
  const row = await db.transaction().execute(async (trx) => {
    const saved = await trx
      .insertInto('claim_submission')
      .values({
        facility_code: input.facilityCode,
        card_number: input.cardNumber,
        admission_date: input.admissionDate,
        total_amount: input.totalAmount,
        submitted_by: actor.actor,
      })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'claim.submit',
      entity: 'claim_submission',
      entityId: saved.id,
      changes: { facilityCode: input.facilityCode, totalAmount: input.totalAmount },
    });
    return saved;
  });
  return present(row);
}

async function scopedQuery(db: Db, actor: Actor) {
  const reach = await reachOf(db, actor, 'claims.read');
  let query = db.selectFrom('claim_submission').select(COLUMNS);
  if (!reach.all) {
    query = query.where('facility_code', '=', sql<string>`any(${reach.facilityCodes}::text[])`);
  }
  return query;
}

export async function listClaims(db: Db, actor: Actor, limit: number) {
  const query = await scopedQuery(db, actor);
  const rows = await query.orderBy('id', 'desc').limit(limit).execute();
  return { items: rows.map(present) };
}

export async function getClaim(db: Db, actor: Actor, id: number) {
  const query = await scopedQuery(db, actor);
  const row = await query.where('id', '=', id).executeTakeFirst();
  if (!row) {
    throw new AppError({
      code: 'CLAIM_NOT_FOUND',
      status: 404,
      message: 'Claim not found (or not your facility)',
      messageVi: 'Không tìm thấy hồ sơ (hoặc không thuộc cơ sở của bạn)',
    });
  }
  return present(row);
}
