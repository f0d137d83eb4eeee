// A target's value typed the Vietnamese way: a rate with a decimal comma ("95,15", in English
// a point), a count grouped with dots ("1.234.567"). The form keeps it as decimal text, so
// nothing is rounded on the way; the server checks the range.
import { InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Measure } from './targets.types';

interface Props {
  measure: Measure;
  id?: string;
  value?: string;
  onChange?: (value: string | null) => void;
  testId?: string;
}

const group = (text: string) => text.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

export function ValueInput({ measure, id, value, onChange, testId = 'target-value' }: Props) {
  const { i18n } = useTranslation();
  const common = {
    id,
    value: value === '' ? null : value,
    onChange,
    stringMode: true,
    controls: false,
    className: 'target-value-input',
    'data-testid': testId,
  };
  if (measure === 'participants')
    return (
      <InputNumber<string>
        {...common}
        formatter={(v) => group(String(v ?? ''))}
        parser={(v) => (v ?? '').replace(/\./g, '')}
      />
    );
  return (
    <InputNumber<string>
      {...common}
      decimalSeparator={i18n.resolvedLanguage === 'en' ? '.' : ','}
      suffix="%"
    />
  );
}
