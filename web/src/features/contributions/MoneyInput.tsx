// An amount of đồng typed with Vietnamese grouping (50.000.000), kept as an integer.
import { InputNumber, type InputNumberProps } from 'antd';
import { digitsOnly, groupDigits } from './format';

type Props = Omit<InputNumberProps<number>, 'formatter' | 'parser'>;

export function MoneyInput(props: Props) {
  return (
    <InputNumber<number>
      min={0}
      step={100_000}
      suffix="₫"
      inputMode="numeric"
      className="contrib-money-input"
      {...props}
      formatter={(value) => groupDigits(value)}
      parser={(text) => Number(digitsOnly(text))}
    />
  );
}
