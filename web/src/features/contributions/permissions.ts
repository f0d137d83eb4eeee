// The permissions the contributions API declares for its routes (contributions/*.routes.ts):
// the calculator, the rule tables and the policies are read by any signed-in user (public law,
// no personal data); changing rules and policies needs policy.write; a simulation counts
// persons of a province's registry, so it needs coverage.read.
import type { Permission } from '../auth/auth.types';

export const POLICY_WRITE_PERMISSION: Permission = 'policy.write';
export const SIMULATION_PERMISSION: Permission = 'coverage.read';
