// One field of a rule row as read: money grouped with ₫, percentages with %, region numbers
// as I–IV, codes through their labels.
import { formatMoney } from '../../app/format';
import { formatPercentText } from './format';
import type { RuleField } from './rules.types';
import { useLabel } from './useLabel';

const ROMAN = ['I', 'II', 'III', 'IV'];

export function RuleFieldValue({ field, value }: { field: RuleField; value: unknown }) {
  const label = useLabel();
  if (value === null || value === undefined || value === '') return <>—</>;
  switch (field.kind) {
    case 'money':
      return <span className="money">{formatMoney(Number(value))}</span>;
    case 'percent':
      return <span className="tabular">{formatPercentText(String(value))}</span>;
    case 'choice':
      if (field.name === 'region') return <>{ROMAN[Number(value) - 1] ?? String(value)}</>;
      return <>{label(`values.${field.name}`, String(value))}</>;
    default:
      return <span className="tabular">{String(value)}</span>;
  }
}
