// Reading the role and permission catalogue (migrations/0004_standard_roles.sql).
import type { Db } from '../../db-schema.js';

export async function listRoles(db: Db) {
  const [roles, links, personal] = await Promise.all([
    db.selectFrom('role').selectAll().orderBy('code').execute(),
    db.selectFrom('role_permission').selectAll().orderBy('permission_code').execute(),
    db.selectFrom('permission').select('code').where('personal_data', '=', true).execute(),
  ]);
  const sensitive = new Set(personal.map((p) => p.code));
  return roles.map((r) => {
    const permissions = links.filter((l) => l.role_code === r.code).map((l) => l.permission_code);
    return {
      code: r.code,
      nameVi: r.name_vi,
      nameEn: r.name_en,
      descriptionVi: r.description_vi,
      descriptionEn: r.description_en,
      permissions,
      personalData: permissions.some((p) => sensitive.has(p)),
    };
  });
}

export async function listPermissions(db: Db) {
  const rows = await db.selectFrom('permission').selectAll().orderBy('code').execute();
  return rows.map((p) => ({
    code: p.code,
    descriptionVi: p.description_vi,
    descriptionEn: p.description_en,
    personalData: p.personal_data,
  }));
}
