// A person's registry profile around the record: household and members, status history,
// residence history and employments. The person must be in the caller's reach; members are
// filtered by the same reach in SQL.
import type { Db } from '../../db-schema.js';
import type { Actor } from '../../platform/auth-context.js';
import { reachOf } from '../auth/index.js';
import { personInReach } from './lookup.service.js';
import * as repo from './profile.repo.js';
import { unitRefs } from './unit-refs.js';

async function household(db: Db, reachIds: number[] | null, householdId: number | null) {
  if (householdId === null) return null;
  const [head, members] = await Promise.all([
    repo.householdById(db, householdId),
    repo.householdMembers(db, householdId, reachIds),
  ]);
  return head ? { id: head.id, code: head.code, address: head.address, members } : null;
}

export async function personProfile(db: Db, actor: Actor, personId: number) {
  const person = await personInReach(db, actor, personId, 'registry.read');
  const reach = await reachOf(db, actor, 'registry.read');
  const [house, statuses, residences, employments] = await Promise.all([
    household(db, reach.all ? null : reach.unitIds, person.householdId),
    repo.statusesOf(db, person.id),
    repo.residencesOf(db, person.id),
    repo.employmentsOf(db, person.id),
  ]);
  const unit = await unitRefs(
    db,
    residences.map((r) => r.commune_id),
  );
  return {
    household: house && {
      ...house,
      relation: person.householdRelation,
      members: house.members.map((m) => ({
        id: m.id,
        fullName: m.full_name,
        birthDate: m.birth_date,
        sex: m.sex,
        relation: m.household_relation,
      })),
    },
    statuses: statuses.map((s) => ({
      status: s.status,
      labelVi: s.label_vi,
      labelEn: s.label_en,
      source: s.source,
      validFrom: s.valid_from,
      validTo: s.valid_to,
    })),
    residences: residences.map((r) => ({
      commune: unit(r.commune_id),
      validFrom: r.valid_from,
      validTo: r.valid_to,
    })),
    employments: employments.map((e) => ({
      employer: { id: e.employer_id, taxCode: e.tax_code, name: e.name },
      monthlySalary: e.monthly_salary,
      validFrom: e.valid_from,
      validTo: e.valid_to,
    })),
  };
}
