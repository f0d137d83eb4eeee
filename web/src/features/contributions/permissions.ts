// The permissions the contributions API declares for its routes (contributions/*.routes.ts):
// the calculator and the rule tables are open to any signed-in user; changing rules and
// policies needs policy.write; policies and simulations are read with coverage.read.
import type { Permission } from '../auth/auth.types';

export const POLICY_READ_PERMISSION: Permission = 'coverage.read';
export const POLICY_WRITE_PERMISSION: Permission = 'policy.write';
export const SIMULATION_PERMISSION: Permission = 'coverage.read';
