// The kinds of records `ansinh import` and POST /registry/imports take: each a spec (columns,
// validator, SQL) and the loader of the reference data its validator needs.
import type { Db } from '../../../db-schema.js';
import type { Actor } from '../../../platform/auth-context.js';
import type { ImportSpec } from '../../../platform/import/spec.js';
import { coverageImport, loadCoverageContext } from '../../enrolment/coverage.import.js';
import { employerImport } from './employers.import.js';
import { householdImport } from './households.import.js';
import { loadRegistryContext } from './import.context.js';
import { personImport } from './persons.import.js';

export interface ImportKind {
  spec: ImportSpec<unknown>;
  load(db: Db, actor: Actor, at: string, today: string): Promise<unknown>;
}

const registry = (spec: ImportSpec<never>): ImportKind => ({
  spec: spec as ImportSpec<unknown>,
  load: loadRegistryContext,
});

export const IMPORT_KINDS = ['persons', 'households', 'employers', 'coverage'] as const;
export type ImportKindName = (typeof IMPORT_KINDS)[number];

export const importKinds: Record<ImportKindName, ImportKind> = {
  persons: registry(personImport as ImportSpec<never>),
  households: registry(householdImport as ImportSpec<never>),
  employers: registry(employerImport as ImportSpec<never>),
  coverage: {
    spec: coverageImport as ImportSpec<unknown>,
    load: (db, actor) => loadCoverageContext(db, actor),
  },
};
