// One demo user per standard role (README "Demo users"), all with the password DEMO_PASSWORD.
// Seeded only for demo databases (ANSINH_DEMO, on by default for the embedded database),
// never on a production server.
import type { Db } from '../../../db-schema.js';
import { recordAudit } from '../../../platform/audit.js';
import { systemActor } from '../../../platform/auth-context.js';
import { insertAssignment, type NewAssignment } from '../assignments.repo.js';
import { hashPassword } from '../password.js';
import { insertUser } from '../users.repo.js';

export const DEMO_PASSWORD = 'ansinh-demo';

export interface DemoScopes {
  provinceId: number;
  communeId: number;
  facilityCode: string;
  employerTaxCode: string;
}

type Scope = Pick<NewAssignment, 'scope_kind' | 'unit_id' | 'facility_code' | 'employer_tax_code'>;

function demoUsers(s: DemoScopes): [string, string, string, Scope][] {
  const none = { unit_id: null, facility_code: null, employer_tax_code: null };
  const national = { scope_kind: 'national' as const, ...none };
  const unit = (id: number) => ({ ...none, scope_kind: 'unit' as const, unit_id: id });
  return [
    ['admin', 'Quản trị hệ thống', 'national_admin', national],
    ['analyst', 'Nguyễn Minh Anh (phân tích)', 'national_analyst', national],
    ['hp.officer', 'Trần Thu Hà (BHXH Hải Phòng)', 'provincial_officer', unit(s.provinceId)],
    ['commune.officer', 'Lê Văn Bình (cán bộ xã)', 'commune_officer', unit(s.communeId)],
    ['agent', 'Phạm Thị Lan (đại lý thu)', 'collection_agent', unit(s.communeId)],
    [
      'facility',
      `Bệnh viện ${s.facilityCode} (demo)`,
      'facility',
      { ...none, scope_kind: 'facility', facility_code: s.facilityCode },
    ],
    [
      'employer',
      `Công ty ${s.employerTaxCode} (demo)`,
      'employer',
      { ...none, scope_kind: 'employer', employer_tax_code: s.employerTaxCode },
    ],
    ['steering', 'Ban Chỉ đạo tỉnh Hải Phòng', 'steering_viewer', unit(s.provinceId)],
  ];
}

export async function seedDemoUsers(db: Db, scopes: DemoScopes): Promise<number> {
  const any = await db.selectFrom('app_user').select('id').limit(1).execute();
  if (any.length > 0) return 0;
  const users = demoUsers(scopes);
  const hashes = await Promise.all(users.map(() => hashPassword(DEMO_PASSWORD)));
  await db.transaction().execute(async (trx) => {
    for (const [i, [username, displayName, role, scope]] of users.entries()) {
      const user = await insertUser(trx, {
        username,
        display_name: displayName,
        password_hash: hashes[i]!,
        must_change: false,
      });
      await insertAssignment(trx, {
        user_id: user.id,
        role_code: role,
        ...scope,
        valid_from: '2020-01-01',
        valid_to: null,
      });
    }
    await recordAudit(trx, systemActor('system:seed'), {
      action: 'user.seed_demo',
      entity: 'user',
      entityId: null,
      changes: { usernames: users.map((u) => u[0]) },
    });
  });
  return users.length;
}
