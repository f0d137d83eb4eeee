// The contributions calculator: pure functions over the plain rule rows of rules.types.ts.
// No I/O; every result is a Calculation (lines by payer, totals, rules used, notes).
export { compulsoryMonth, type CompulsoryInput } from './compulsory.js';
export { voluntarySi, VSI_MONTHS, type VoluntarySiInput } from './voluntary-si.js';
export { SUPPORT_GROUPS, type SupportGroup } from './vsi-support.js';
export { householdHi, type HouseholdHiInput, type HouseholdMember } from './household-hi.js';
export { resolveTopUps, splitSupport, type SupportSplit, type TopUpChoice } from './top-ups.js';
export { calculatorErrors } from './calculator.errors.js';
export { fromMicro, percentOf, toMicro } from './money.js';
