// Row types of the tables the auth module owns (migrations/0003_auth.sql, 0004_roles.sql).
import type { Generated } from 'kysely';

export interface PermissionTable {
  code: string;
  description_vi: string;
  description_en: string;
  personal_data: boolean;
}

export interface RoleTable {
  code: string;
  name_vi: string;
  name_en: string;
  description_vi: string;
  description_en: string;
}

export interface RolePermissionTable {
  role_code: string;
  permission_code: string;
}

export interface AppUserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  status: Generated<'active' | 'disabled'>;
  password_hash: string;
  must_change_password: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: Date | null;
  last_login_at: Date | null;
  password_changed_at: Generated<Date>;
  created_at: Generated<Date>;
}

export type ScopeKind = 'national' | 'unit' | 'facility' | 'employer';

export interface RoleAssignmentTable {
  id: Generated<number>;
  user_id: number;
  role_code: string;
  scope_kind: ScopeKind;
  unit_id: number | null;
  facility_code: string | null;
  employer_tax_code: string | null;
  valid_from: string;
  valid_to: string | null;
  created_at: Generated<Date>;
}

export interface UserSessionTable {
  id: Generated<number>;
  user_id: number;
  secret_hash: Buffer;
  csrf_hash: Buffer;
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  expires_at: Date;
  revoked_at: Date | null;
  ip: string | null;
}

export interface ApiTokenTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  prefix: string;
  secret_hash: Buffer;
  expires_on: string;
  revoked_at: Date | null;
  last_used_at: Date | null;
  created_at: Generated<Date>;
  created_by: number | null;
}

export interface AuthTables {
  permission: PermissionTable;
  role: RoleTable;
  role_permission: RolePermissionTable;
  app_user: AppUserTable;
  role_assignment: RoleAssignmentTable;
  user_session: UserSessionTable;
  api_token: ApiTokenTable;
}
