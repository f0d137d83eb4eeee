// The composed database schema: every module contributes the row types of the tables it owns.
import type { Kysely, Transaction } from 'kysely';
import type { AuditEventTable } from './platform/audit.tables.js';
import type { ImportTables } from './platform/import/import.tables.js';
import type { AuthTables } from './modules/auth/auth.tables.js';
import type { ClaimsTables } from './modules/claims/claims.tables.js';
import type {
  CoverageFactTables,
  CoverageTargetTables,
} from './modules/coverage/coverage.tables.js';
import type { ContributionsTables } from './modules/contributions/contributions.tables.js';
import type { PolicyTables } from './modules/contributions/policies.tables.js';
import type { EnrolmentTables } from './modules/enrolment/enrolment.tables.js';
import type { GeoTables } from './modules/geo/geo.tables.js';
import type { RegistryTables } from './modules/registry/registry.tables.js';

export interface DB
  extends
    GeoTables,
    AuthTables,
    RegistryTables,
    EnrolmentTables,
    ClaimsTables,
    ImportTables,
    ContributionsTables,
    PolicyTables,
    CoverageTargetTables,
    CoverageFactTables {
  audit_event: AuditEventTable;
}

export type Db = Kysely<DB>;
export type Tx = Transaction<DB>;
