// Checks of caller input (400s): whole VND amounts, bounded counts, closed choices.
import { calculatorErrors } from './calculator.errors.js';

/** A positive whole number of VND, below 10^13 (far above any real monthly amount). */
export function checkVnd(field: string, value: number): number {
  if (!Number.isSafeInteger(value) || value <= 0 || value >= 1e13) {
    throw calculatorErrors.badAmount(field, value);
  }
  return value;
}

export function checkCount(field: string, value: number, maxValue: number, minValue = 0): number {
  if (!Number.isSafeInteger(value) || value < minValue || value > maxValue) {
    throw calculatorErrors.badCount(field, value, minValue, maxValue);
  }
  return value;
}

export function checkChoice<T>(field: string, value: T, allowed: readonly T[]): T {
  if (!allowed.includes(value)) throw calculatorErrors.badChoice(field, value, allowed);
  return value;
}
