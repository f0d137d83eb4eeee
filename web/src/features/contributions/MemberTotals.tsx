// Household HI: what each member costs over the whole period and who pays it, so a family
// reads its bill per person before the month-by-month lines.
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../app/format';
import { PAYERS, type BreakdownLine, type Payer } from './contributions.types';
import { useLabel } from './useLabel';

interface MemberRow {
  member: number;
  total: number;
  byPayer: Map<Payer, number>;
}

export function memberTotals(lines: BreakdownLine[]): MemberRow[] {
  const rows = new Map<number, MemberRow>();
  for (const line of lines) {
    if (line.member === undefined) continue;
    const row = rows.get(line.member) ?? { member: line.member, total: 0, byPayer: new Map() };
    row.total += line.amount;
    row.byPayer.set(line.payer, (row.byPayer.get(line.payer) ?? 0) + line.amount);
    rows.set(line.member, row);
  }
  return [...rows.values()].sort((a, b) => a.member - b.member);
}

export function MemberTotals({ lines }: { lines: BreakdownLine[] }) {
  const { t } = useTranslation();
  const label = useLabel();
  const rows = memberTotals(lines);
  const payers = PAYERS.filter((p) => rows.some((r) => r.byPayer.has(p)));
  return (
    <Table<MemberRow>
      size="small"
      data-testid="calc-members"
      rowKey="member"
      dataSource={rows}
      pagination={false}
      scroll={{ x: true }}
      columns={[
        {
          key: 'member',
          title: t('contributions.calc.member'),
          render: (_, r) => t('contributions.calc.memberN', { n: r.member }),
        },
        ...payers.map((payer) => ({
          key: payer,
          title: label('payers', payer),
          align: 'right' as const,
          className: 'money',
          render: (_: unknown, r: MemberRow) => formatMoney(r.byPayer.get(payer) ?? 0),
        })),
        {
          key: 'total',
          title: t('contributions.calc.amount'),
          align: 'right',
          className: 'money',
          render: (_, r) => <strong>{formatMoney(r.total)}</strong>,
        },
      ]}
    />
  );
}
