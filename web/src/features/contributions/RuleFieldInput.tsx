// The input of one rule field in the edit dialog: money as grouped digits, percentages as
// decimal text (kept as text: the server stores numeric(7,4) exactly), choices as a list.
import { Input, InputNumber, Select } from 'antd';
import { MoneyInput } from './MoneyInput';
import type { RuleField } from './rules.types';
import { useLabel } from './useLabel';

interface Props {
  field: RuleField;
  id?: string;
  value?: unknown;
  onChange?: (value: unknown) => void;
  disabled?: boolean;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

export function RuleFieldInput({ field, id, value, onChange, disabled }: Props) {
  const label = useLabel();
  const common = { id, disabled };
  switch (field.kind) {
    case 'money':
      return <MoneyInput {...common} value={value as number} onChange={onChange} />;
    case 'integer':
      return (
        <InputNumber
          {...common}
          min={1}
          precision={0}
          value={value as number}
          onChange={onChange}
        />
      );
    case 'choice':
      return (
        <Select
          {...common}
          value={value}
          onChange={onChange}
          options={(field.options ?? []).map((option) => ({
            value: option,
            label:
              field.name === 'region'
                ? ROMAN[Number(option) - 1]
                : label(`values.${field.name}`, option),
          }))}
        />
      );
    default:
      return (
        <Input
          {...common}
          value={(value as string) ?? ''}
          inputMode={field.kind === 'percent' ? 'decimal' : undefined}
          suffix={field.kind === 'percent' ? '%' : undefined}
          onChange={(event) => onChange?.(event.target.value.trim().replace(',', '.'))}
        />
      );
  }
}
