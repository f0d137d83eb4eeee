// Response shapes of the auth module: explicit, and never a password hash or token secret.
import { Type } from 'typebox';
import type { Db, Tx } from '../../db-schema.js';
import { unitSummaries, type UnitSummary } from '../geo/index.js';
import { assignmentsOf, type AssignmentRow } from './assignments.repo.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) =>
  Type.Union([t, Type.Null()]);

export const AssignmentSchema = Type.Object(
  {
    id: Type.Integer(),
    roleCode: Type.String(),
    roleNameVi: Type.String(),
    roleNameEn: Type.String(),
    scope: Type.Object({
      kind: Type.String(),
      unitCode: Type.Optional(Type.String()),
      unitName: Type.Optional(Type.String()),
      unitValidTo: Type.Optional(Nullable(Type.String())),
      facilityCode: Type.Optional(Type.String()),
      employerTaxCode: Type.Optional(Type.String()),
    }),
    validFrom: Type.String(),
    validTo: Nullable(Type.String()),
  },
  { $id: 'RoleAssignment' },
);

export const UserSchema = Type.Object(
  {
    id: Type.Integer(),
    username: Type.String(),
    displayName: Type.String(),
    status: Type.String(),
    locked: Type.Boolean(),
    mustChangePassword: Type.Boolean(),
    createdAt: Type.String(),
    lastLoginAt: Nullable(Type.String()),
    assignments: Type.Array(Type.Ref('RoleAssignment')),
  },
  { $id: 'User' },
);

export function presentAssignment(row: AssignmentRow, units: Map<number, UnitSummary>) {
  const unit = row.unit_id === null ? undefined : units.get(row.unit_id);
  return {
    id: row.id,
    roleCode: row.role_code,
    roleNameVi: row.name_vi,
    roleNameEn: row.name_en,
    scope: {
      kind: row.scope_kind,
      ...(unit ? { unitCode: unit.code, unitName: unit.name, unitValidTo: unit.validTo } : {}),
      ...(row.facility_code ? { facilityCode: row.facility_code } : {}),
      ...(row.employer_tax_code ? { employerTaxCode: row.employer_tax_code } : {}),
    },
    validFrom: row.valid_from,
    validTo: row.valid_to,
  };
}

export async function presentAssignments(db: Db | Tx, rows: AssignmentRow[]) {
  const units = await unitSummaries(
    db,
    rows.flatMap((r) => (r.unit_id === null ? [] : [r.unit_id])),
  );
  return rows.map((r) => presentAssignment(r, units));
}

interface UserRow {
  id: number;
  username: string;
  display_name: string;
  status: string;
  must_change_password: boolean;
  locked_until: Date | null;
  last_login_at: Date | null;
  created_at: Date;
}

export function presentUser(
  row: UserRow,
  assignments: ReturnType<typeof presentAssignment>[],
  now = new Date(),
) {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    status: row.status,
    locked: row.locked_until !== null && row.locked_until > now,
    mustChangePassword: row.must_change_password,
    createdAt: row.created_at.toISOString(),
    lastLoginAt: row.last_login_at?.toISOString() ?? null,
    assignments,
  };
}

/** Users with their assignments, in the order given. */
export async function presentUsers(db: Db | Tx, rows: UserRow[]) {
  const all = await presentAssignmentsByUser(
    db,
    await assignmentsOf(
      db,
      rows.map((r) => r.id),
    ),
  );
  return rows.map((r) => presentUser(r, all.get(r.id) ?? []));
}

async function presentAssignmentsByUser(db: Db | Tx, rows: AssignmentRow[]) {
  const presented = await presentAssignments(db, rows);
  const byUser = new Map<number, ReturnType<typeof presentAssignment>[]>();
  rows.forEach((row, i) => {
    const list = byUser.get(row.user_id) ?? [];
    list.push(presented[i]!);
    byUser.set(row.user_id, list);
  });
  return byUser;
}
