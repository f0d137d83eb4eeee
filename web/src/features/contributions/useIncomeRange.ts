// The voluntary SI income a person may choose at a date, from the rule rows in force: from the
// rural poverty line up to a multiple (20) of the base salary (Law 41/2024 Art 31(2)).
// The server enforces the same range; this only tells the user beforehand.
import { useRuleRows } from './contributions.api';

export interface IncomeRange {
  min: number;
  max: number;
  /** a bound rests on a value the doc marks unconfirmed */
  unconfirmed: boolean;
}

export function useIncomeRange(at: string): IncomeRange | null {
  const poverty = useRuleRows('poverty-lines', at).data?.items;
  const base = useRuleRows('base-salaries', at).data?.items;
  const parameters = useRuleRows('parameters', at).data?.items;
  const rural = poverty?.find((row) => row.area === 'rural');
  const salary = base?.[0];
  const multiple = parameters?.find((row) => row.key === 'vsi_income_cap_base_multiple');
  if (!rural || !salary || !multiple) return null;
  return {
    min: Number(rural.amount),
    max: Math.round(Number(salary.amount) * Number(multiple.value)),
    unconfirmed: !rural.confirmed || !salary.confirmed || !multiple.confirmed,
  };
}
