// Giving a user a role within a scope, and taking it away. Unit scopes are resolved from a
// code at a date, so a scope can name a unit that no longer exists (the former Hải Dương).
import type { Db } from '../../db-schema.js';
import type { Actor } from '../../platform/auth-context.js';
import { recordAudit } from '../../platform/audit.js';
import { todayInVietnam } from '../../platform/dates.js';
import { resolveUnit } from '../geo/index.js';
import * as repo from './assignments.repo.js';
import { authErrors } from './auth.errors.js';
import { forgetTokenActors } from './token-cache.js';
import { presentAssignments } from './auth.presenter.js';
import type { ScopeKind } from './auth.tables.js';
import { requireUserAdmin } from './users.service.js';
import { userById } from './users.repo.js';

export interface ScopeInput {
  kind: ScopeKind;
  unitCode?: string;
  /** the date at which unitCode is read (default: the assignment's start) */
  unitAt?: string;
  facilityCode?: string;
  employerTaxCode?: string;
}

export interface AssignmentInput {
  roleCode: string;
  scope: ScopeInput;
  validFrom?: string;
  validTo?: string | null;
}

const NEEDS: Record<ScopeKind, keyof ScopeInput | null> = {
  national: null,
  unit: 'unitCode',
  facility: 'facilityCode',
  employer: 'employerTaxCode',
};

async function scopeColumns(db: Db, scope: ScopeInput, at: string) {
  const needed = NEEDS[scope.kind];
  const extra = (['unitCode', 'facilityCode', 'employerTaxCode'] as const).filter(
    (k) => k !== needed && scope[k] !== undefined,
  );
  if ((needed && !scope[needed]) || extra.length > 0) {
    throw authErrors.scopeInvalid(
      `A ${scope.kind} scope needs ${needed ?? 'no code'}${extra.length ? ` and not ${extra.join(', ')}` : ''}`,
      `Phạm vi "${scope.kind}" cần ${needed ?? 'không có mã'}${extra.length ? `, không dùng ${extra.join(', ')}` : ''}`,
    );
  }
  const unit = scope.unitCode ? await resolveUnit(db, scope.unitCode, scope.unitAt ?? at) : null;
  return {
    scope_kind: scope.kind,
    unit_id: unit?.id ?? null,
    facility_code: scope.facilityCode ?? null,
    employer_tax_code: scope.employerTaxCode ?? null,
  };
}

export async function addAssignment(db: Db, actor: Actor, userId: number, input: AssignmentInput) {
  requireUserAdmin(actor);
  if (!(await userById(db, userId))) throw authErrors.userNotFound();
  const role = await db
    .selectFrom('role')
    .select('code')
    .where('code', '=', input.roleCode)
    .executeTakeFirst();
  if (!role) throw authErrors.roleUnknown(input.roleCode);
  const validFrom = input.validFrom ?? todayInVietnam();
  if (input.validTo && input.validTo <= validFrom) {
    throw authErrors.scopeInvalid(
      'validTo must be after validFrom',
      'Ngày kết thúc phải sau ngày bắt đầu',
    );
  }
  const columns = await scopeColumns(db, input.scope, validFrom);
  const id = await db.transaction().execute(async (trx) => {
    const saved = await repo.insertAssignment(trx, {
      user_id: userId,
      role_code: input.roleCode,
      ...columns,
      valid_from: validFrom,
      valid_to: input.validTo ?? null,
    });
    await recordAudit(trx, actor, {
      action: 'assignment.create',
      entity: 'user',
      entityId: userId,
      changes: { assignmentId: saved, roleCode: input.roleCode, scope: input.scope, validFrom },
    });
    return saved;
  });
  forgetTokenActors(db);
  const row = await repo.assignmentById(db, userId, id);
  return (await presentAssignments(db, [row!]))[0]!;
}

/**
 * Takes a role away. One that has been in effect ends today, so the record of who could see
 * what, when, stays; one that has not started yet is deleted.
 */
export async function removeAssignment(db: Db, actor: Actor, userId: number, id: number) {
  requireUserAdmin(actor);
  const today = todayInVietnam();
  await db.transaction().execute(async (trx) => {
    const row = await repo.assignmentById(trx, userId, id);
    if (!row) throw authErrors.notFound('Assignment', 'phân công');
    const started = row.valid_from < today;
    if (started && row.valid_to !== null && row.valid_to <= today) {
      throw authErrors.scopeInvalid(
        'This assignment has already ended',
        'Phân công này đã kết thúc',
      );
    }
    if (started) await repo.endAssignment(trx, id, today);
    else await repo.deleteAssignment(trx, id);
    await recordAudit(trx, actor, {
      action: started ? 'assignment.end' : 'assignment.delete',
      entity: 'user',
      entityId: userId,
      changes: {
        assignmentId: id,
        roleCode: row.role_code,
        scopeKind: row.scope_kind,
        validFrom: row.valid_from,
        ...(started ? { validTo: today } : {}),
      },
    });
  });
  forgetTokenActors(db);
}
