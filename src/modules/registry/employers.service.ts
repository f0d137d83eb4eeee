// Employers in the caller's area, and one employer with its employees compared with what it
// declared for compulsory social insurance (from enrolment): the basis of compliance checks.
import type { Db } from '../../db-schema.js';
import type { Actor } from '../../platform/auth-context.js';
import { todayInVietnam } from '../../platform/dates.js';
import { searchKey } from '../../platform/text.js';
import { reachOf } from '../auth/index.js';
import { declaredSalaries } from '../enrolment/index.js';
import * as repo from './employers.repo.js';
import { registryErrors } from './registry.errors.js';
import { unitRefs } from './unit-refs.js';

async function present(db: Db, rows: repo.EmployerRow[]) {
  const unit = await unitRefs(
    db,
    rows.map((r) => r.commune_id),
  );
  return rows.map((r) => ({
    id: r.id,
    taxCode: r.tax_code,
    name: r.name,
    businessRegNo: r.business_reg_no,
    sector: r.sector,
    commune: unit(r.commune_id),
    reportedEmployees: r.reported_employees,
    status: r.status,
  }));
}

export async function listEmployers(
  db: Db,
  actor: Actor,
  query: { q?: string | undefined; cursor?: number | undefined; limit: number },
) {
  const reach = await reachOf(db, actor, 'registry.read');
  const q = query.q?.trim();
  const byTaxCode = q !== undefined && /^\d[\d-]*$/.test(q);
  const rows = await repo.listEmployers(db, reach, {
    limit: query.limit + 1,
    ...(byTaxCode ? { taxCode: q } : {}),
    ...(q && !byTaxCode ? { nameKey: searchKey(q) } : {}),
    ...(query.cursor ? { afterId: query.cursor } : {}),
  });
  const page = rows.slice(0, query.limit);
  const nextCursor = rows.length > query.limit ? String(page.at(-1)!.id) : null;
  return { items: await present(db, page), nextCursor };
}

export async function getEmployer(db: Db, actor: Actor, id: number, at = todayInVietnam()) {
  const reach = await reachOf(db, actor, 'registry.read');
  const row = await repo.employerById(db, reach, id);
  if (!row) throw registryErrors.employerNotFound();
  const [employees, declared] = await Promise.all([
    repo.employeesAt(db, id, at, 1000),
    declaredSalaries(db, id, at),
  ]);
  const [employer] = await present(db, [row]);
  return {
    ...employer!,
    at,
    employees: employees.map((e) => ({
      personId: e.person_id,
      fullName: e.full_name,
      monthlySalary: e.monthly_salary,
      validFrom: e.valid_from,
      validTo: e.valid_to,
      declared: declared.has(e.person_id),
      contributionSalary: declared.get(e.person_id) ?? null,
    })),
  };
}
